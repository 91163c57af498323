package kg.mektep.birikme.query.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kg.mektep.birikme.api.admin.DeadLetterEviction;
import kg.mektep.birikme.api.admin.DeadLetterGroup;
import kg.mektep.birikme.api.admin.DeadLetterRetry;
import kg.mektep.birikme.api.admin.DeadLetterView;
import kg.mektep.birikme.query.web.NotFoundException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The dead letters of the projections: listed, processed again, or evicted by an administrator. */
@Component
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int EVICTIONS_SHOWN = 20;

    private final EventProcessingConfiguration processing;
    private final Projections projections;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final HandlerSavepoints savepoints;
    private final Clock clock;

    DeadLetters(EventProcessingConfiguration processing, Projections projections, JdbcClient jdbc,
                TransactionTemplate transactions, Clock clock, HandlerSavepoints savepoints) {
        this.processing = processing;
        this.savepoints = savepoints;
        this.projections = projections;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    List<DeadLetterGroup> all() {
        return projections.groups().stream()
                .map(group -> new DeadLetterGroup(group, letters(group), evictions(group)))
                .toList();
    }

    long count(String group) {
        return jdbc.sql("SELECT count(*) FROM deadletterentry WHERE processinggroup = ?").param(group)
                .query(Long.class).single();
    }

    /**
     * Processes every sequence of the group's dead letters again, each from its first letter: a
     * letter handled now leaves the queue and the next of its sequence follows; the first that
     * fails again stays, one attempt more, and keeps the rest of its sequence behind it.
     */
    DeadLetterRetry retry(String group) {
        // Letters that fail again are expected here: each handler behind a savepoint, so that the
        // attempt is counted and the other sequences go on.
        savepoints.guard();
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new NotFoundException(group));
        long succeeded = 0;
        for (String sequence : sequences(group)) {
            long before = queue.sequenceSize(sequence);
            processor.process(first -> first instanceof JdbcDeadLetter<?> letter
                    && sequence.equals(letter.getSequenceIdentifier()));
            succeeded += before - queue.sequenceSize(sequence);
        }
        long stillDead = queue.size();
        log.info("Dead letters of projection {} processed again: {} handled, {} still dead", group, succeeded,
                stillDead);
        return new DeadLetterRetry(group, succeeded, stillDead);
    }

    /** Removes one letter unprocessed; the eviction is kept with who made it. */
    void evict(String group, String letterId, String actor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        DeadLetterView evicted = transactions.execute(status -> {
            String sequence = jdbc.sql("""
                    SELECT sequenceidentifier FROM deadletterentry
                    WHERE processinggroup = ? AND deadletteridentifier = ?""")
                    .params(group, letterId).query(String.class).optional()
                    .orElseThrow(() -> new NotFoundException(letterId));
            DeadLetter<? extends EventMessage<?>> letter = null;
            for (DeadLetter<? extends EventMessage<?>> candidate : queue.deadLetterSequence(sequence)) {
                if (candidate instanceof JdbcDeadLetter<?> stored && stored.getIdentifier().equals(letterId)) {
                    letter = candidate;
                }
            }
            if (letter == null) {
                throw new NotFoundException(letterId);
            }
            DeadLetterView view = view(letter);
            queue.evict(letter);
            jdbc.sql("""
                    INSERT INTO dead_letter_eviction (dead_letter_id, processing_group, sequence_id, event_id,
                                                      event_type, position, cause, evicted_by, evicted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(letterId, group, view.sequenceId(), view.eventId(), view.eventType(), view.position(),
                            view.cause(), actor, Timestamp.from(clock.instant()))
                    .update();
            return view;
        });
        log.warn("Dead letter {} of projection {} evicted unprocessed by {}: {} at position {} of sequence {}",
                letterId, group, actor, evicted.eventType(), evicted.position(), evicted.sequenceId());
    }

    private List<DeadLetterView> letters(String group) {
        List<DeadLetterView> letters = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(group).deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                letters.add(view(letter));
            }
        }
        return letters;
    }

    private List<DeadLetterEviction> evictions(String group) {
        return jdbc.sql("""
                SELECT * FROM dead_letter_eviction WHERE processing_group = ? ORDER BY evicted_at DESC LIMIT ?""")
                .params(group, EVICTIONS_SHOWN)
                .query((rs, n) -> new DeadLetterEviction(rs.getString("dead_letter_id"), rs.getString("sequence_id"),
                        rs.getString("event_type"), rs.getObject("position", Long.class), rs.getString("cause"),
                        rs.getString("evicted_by"), rs.getTimestamp("evicted_at").toInstant()))
                .list();
    }

    private List<String> sequences(String group) {
        return jdbc.sql("""
                SELECT sequenceidentifier FROM deadletterentry WHERE processinggroup = ?
                GROUP BY sequenceidentifier ORDER BY min(enqueuedat)""")
                .param(group).query(String.class).list();
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        if (projections.find(group).isEmpty()) {
            throw new NotFoundException(group);
        }
        return processing.deadLetterQueue(group).orElseThrow(() -> new NotFoundException(group));
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        String id = letter instanceof JdbcDeadLetter<?> stored ? stored.getIdentifier() : message.getIdentifier();
        String sequence = letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier() : null;
        Long position = message instanceof TrackedEventMessage<?> tracked
                ? TokenPositions.position(tracked.trackingToken()) : null;
        return new DeadLetterView(id, sequence, message.getIdentifier(), message.getPayloadType().getSimpleName(),
                position, letter.cause().map(Cause::type).orElse(null),
                letter.cause().map(Cause::message).orElse(null), DeadLetterConfig.attempts(letter.diagnostics()),
                letter.enqueuedAt(), letter.lastTouched());
    }
}
