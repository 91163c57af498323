package kg.mektep.birikme.query.admin;

import java.time.Duration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Event handlers of a projection run behind a savepoint of the batch's transaction once a handler
 * has failed. In PostgreSQL a failed statement aborts the whole transaction: without the savepoint,
 * one event a projection cannot handle would also undo its dead letter and every other event of
 * the batch, and the batch would fail again and again. Rolled back to the savepoint, the
 * transaction goes on: the event goes to the dead-letter queue and the rest of the batch commits
 * with the token.
 *
 * <p>A savepoint costs two round trips and a subtransaction per handler call, so handlers run
 * without one while all goes well. When a handler fails without a savepoint, the batch's
 * transaction is marked to roll back whole (nothing of the failed handler, its dead letter or the
 * rest of the batch is kept), and for {@code guardedFor} after the last such failure every handler
 * runs behind a savepoint: the processor tries the batch again, and this time the event goes to
 * the dead-letter queue as described above.
 */
class HandlerSavepoints implements HandlerEnhancerDefinition {

    private static final Logger log = LoggerFactory.getLogger(HandlerSavepoints.class);
    private static final TransactionDefinition SAVEPOINT =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
    private static final TransactionDefinition PARTICIPATION =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_MANDATORY);

    private final PlatformTransactionManager transactions;
    private final long guardedForNanos;
    /** On {@link System#nanoTime()}'s scale; at first already past: no savepoints. */
    private volatile long guardedUntil = System.nanoTime();

    HandlerSavepoints(PlatformTransactionManager transactions, Duration guardedFor) {
        this.transactions = transactions;
        this.guardedForNanos = guardedFor.toNanos();
    }

    /** Whether handlers run behind savepoints now (a handler failed not long ago). */
    boolean guarded() {
        return System.nanoTime() - guardedUntil < 0;
    }

    /** Handlers run behind savepoints from now for {@code guardedFor}. */
    void guard() {
        guardedUntil = System.nanoTime() + guardedForNanos;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || !original.declaringClass().getPackageName().startsWith(Projections.QUERY_PACKAGE)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                return guarded() ? behindSavepoint(message, target) : withoutSavepoint(message, target);
            }

            private Object behindSavepoint(Message<?> message, T target) throws Exception {
                TransactionStatus savepoint = transactions.getTransaction(SAVEPOINT);
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error e) {
                    transactions.rollback(savepoint);
                    guard();
                    throw e;
                }
                transactions.commit(savepoint);
                return result;
            }

            private Object withoutSavepoint(Message<?> message, T target) throws Exception {
                try {
                    return super.handle(message, target);
                } catch (Exception | Error e) {
                    guard();
                    // Rolled back as a participant: the batch's transaction can only roll back now.
                    transactions.rollback(transactions.getTransaction(PARTICIPATION));
                    log.warn("A handler of {} failed on {}: its batch rolls back and is tried again with savepoints",
                            original.declaringClass().getSimpleName(), message.getPayloadType().getSimpleName());
                    throw e;
                }
            }
        };
    }
}
