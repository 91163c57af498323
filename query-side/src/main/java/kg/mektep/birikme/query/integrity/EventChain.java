package kg.mektep.birikme.query.integrity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain over the event log, kept in {@code event_chain} (one link per event) and
 * {@code event_chain_head} (how far it reaches).
 *
 * <p><b>Order.</b> The chain runs in ascending global position and nothing else, so that it can be
 * recomputed from the event table alone. It is not fed by an event processor: a processor hands
 * over an event whose transaction committed late after later positions, and after its gap timeout
 * it may skip it; a chain in that order could not be recomputed from the table, and a skipped event
 * would look inserted. Instead the chain is extended by reading the table itself (on a schedule and
 * before every check), and only over positions that are final.
 *
 * <p><b>Gaps.</b> Axon draws positions from a sequence when a transaction inserts, and transactions
 * commit in any order, so a missing position below a visible one is either a transaction still
 * running (its row will appear) or one rolled back (it never will). The chain extends freely while
 * positions follow one another; at a missing one it stops until the table is known to be final
 * there ({@link EventLog#finalUpTo}), then steps over the missing positions for good. An event
 * committed late is thus linked at its own position, in order, never skipped.
 *
 * <p>Extensions of several replicas take turns on the head row's lock. The chain is not consulted by
 * the read models; they keep their own processors, and {@code ?after=} waits only for those.
 */
@Component
@OnJdbcEventStore
class EventChain {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EventLog log;
    private final Duration settleWait;
    private final int batchSize;

    EventChain(JdbcClient jdbc, TransactionTemplate transactions, EventLog log,
               @Value("${birikme.integrity.settle-wait:200ms}") Duration settleWait,
               @Value("${birikme.integrity.batch-size:500}") int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.log = log;
        this.settleWait = settleWait;
        this.batchSize = batchSize;
    }

    record Head(long position, byte[] link, long settled) {
    }

    /** One stored link: the event's position, its id and payload digest (to name a disagreement), the link. */
    record Link(long position, String eventId, byte[] payloadDigest, byte[] link) {
    }

    Head head() {
        return head("");
    }

    private Head head(String lock) {
        return jdbc.sql("SELECT position, link, settled FROM event_chain_head" + lock)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2), rs.getLong(3)))
                .single();
    }

    /** Links every final event after the head; answers the head reached. */
    Head extend() {
        while (true) {
            Step step = transactions.execute(status -> appendFinalEvents());
            if (step.waitingAt().isPresent()) {
                OptionalLong finalUpTo = log.finalUpTo(settleWait);
                if (finalUpTo.isEmpty() || finalUpTo.getAsLong() < step.waitingAt().get()) {
                    return head();
                }
                jdbc.sql("UPDATE event_chain_head SET settled = greatest(settled, ?)").param(finalUpTo.getAsLong()).update();
            } else if (!step.more()) {
                return head();
            }
        }
    }

    /** The next event not yet final stops the batch: its position is {@code waitingAt}. */
    private record Step(Optional<Long> waitingAt, boolean more) {
    }

    private Step appendFinalEvents() {
        Head head = head(" FOR UPDATE");
        List<StoredEvent> events = head.position() == Long.MAX_VALUE ? List.of()
                : log.between(head.position() + 1, Long.MAX_VALUE, batchSize);
        long position = head.position();
        byte[] link = head.link();
        int linked = 0;
        Optional<Long> waitingAt = Optional.empty();
        for (StoredEvent event : events) {
            if (event.position() != position + 1 && event.position() > head.settled()) {
                waitingAt = Optional.of(event.position());
                break;
            }
            link = Links.next(link, event);
            jdbc.sql("INSERT INTO event_chain (position, event_id, payload_digest, link) VALUES (?, ?, ?, ?)")
                    .params(event.position(), event.eventId(), event.payloadDigest(), link)
                    .update();
            position = event.position();
            linked++;
        }
        if (linked > 0) {
            jdbc.sql("UPDATE event_chain_head SET position = ?, link = ?").params(position, link).update();
        }
        return new Step(waitingAt, waitingAt.isEmpty() && events.size() == batchSize);
    }

    /** At most {@code limit} links from {@code from} (included) up to {@code upTo}, in position order (see EventLog#between). */
    List<Link> between(long from, long upTo, int limit) {
        return jdbc.sql("SELECT position, event_id, payload_digest, link FROM event_chain "
                        + "WHERE position >= ? ORDER BY position LIMIT ?")
                .params(from, limit)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4)))
                .list().stream().takeWhile(link -> link.position() <= upTo).toList();
    }

    Optional<Long> positionOf(String eventId) {
        return jdbc.sql("SELECT position FROM event_chain WHERE event_id = ?").param(eventId).query(Long.class).optional();
    }

    /** Whether the payload linked at another position than {@code position} has this digest. */
    boolean linksPayloadElsewhere(byte[] payloadDigest, long position) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_chain WHERE payload_digest = ? AND position <> ?)")
                .params(payloadDigest, position).query(Boolean.class).single();
    }
}
