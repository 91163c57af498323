package kg.mektep.birikme.query.admin;

import java.time.Duration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every projection of the query side has a dead-letter queue in the database (Axon's JDBC queue,
 * table {@code deadletterentry}): an event its handler fails on is stored there with the cause, the
 * later events of the same aggregate queue up behind it, and every other event flows on. Each letter
 * counts the attempts made to handle it.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfig {

    static final String ATTEMPTS = "attempts";

    @Autowired
    void deadLetterQueues(EventProcessingConfigurer configurer, Projections projections, ConnectionProvider connections,
                          TransactionManager transactions, Serializer serializer,
                          @Qualifier("eventSerializer") Serializer eventSerializer) {
        for (String group : projections.groups()) {
            configurer.registerDeadLetterQueue(group, config -> JdbcSequencedDeadLetterQueue.builder()
                            .processingGroup(group)
                            .connectionProvider(connections)
                            .transactionManager(transactions)
                            .schema(DeadLetterSchema.defaultSchema())
                            .genericSerializer(serializer)
                            .eventSerializer(eventSerializer)
                            .build())
                    .registerDeadLetterPolicy(group, config -> DeadLetterConfig::countingAttempts)
                    .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                            (config, builder) -> builder.enableSequenceIdentifierCache());
        }
    }

    @Bean
    HandlerSavepoints handlerSavepoints(PlatformTransactionManager transactions,
                                        @Value("${birikme.projections.savepoints-after-failure:10m}") Duration guardedFor) {
        return new HandlerSavepoints(transactions, guardedFor);
    }

    /** Every failure keeps the letter, with its cause and one more attempt counted. */
    static EnqueueDecision<EventMessage<?>> countingAttempts(DeadLetter<? extends EventMessage<?>> letter,
                                                             Throwable cause) {
        return Decisions.requeue(ThrowableCause.truncated(cause),
                failed -> failed.diagnostics().and(ATTEMPTS, attempts(failed.diagnostics()) + 1));
    }

    static int attempts(MetaData diagnostics) {
        return diagnostics.get(ATTEMPTS) instanceof Number count ? count.intValue() : 0;
    }
}
