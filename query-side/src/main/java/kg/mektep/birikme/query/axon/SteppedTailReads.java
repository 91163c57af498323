package kg.mektep.birikme.query.axon;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.Nonnull;
import javax.annotation.Nullable;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The storage engine as the event store's reader of new events sees it: each of its reads ends after
 * {@code step} events, and the reader starts the next one at once.
 *
 * <p>Axon's {@code EmbeddedEventStore} has one thread that reads new events for every processor that
 * is up to date and keeps the last 10,000 in memory for them. It reads until the end of the store
 * in one go, and while it does, it holds the newest event it had before it began, and with it every
 * event read since: after a million events appended at once, all of them, far beyond the 10,000.
 * In steps, it lets go of what it read at the end of each step, and it stops reading ahead once no
 * processor is up to date any more (it asks at the start of each read). Only the reader asks for a
 * read that may block; a processor that reads on its own (one that is behind) reads as before, and
 * everything else goes to the engine unchanged.
 */
public final class SteppedTailReads implements EventStorageEngine {

    private final EventStorageEngine engine;
    private final int step;

    public SteppedTailReads(EventStorageEngine engine, int step) {
        if (step < 1) {
            throw new IllegalArgumentException("a step reads at least one event, not " + step);
        }
        this.engine = engine;
        this.step = step;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(@Nullable TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(trackingToken, mayBlock);
        return mayBlock ? events.limit(step) : events;
    }

    @Override
    public void appendEvents(@Nonnull List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    @Override
    public void storeSnapshot(@Nonnull DomainEventMessage<?> snapshot) {
        engine.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(@Nonnull String aggregateIdentifier) {
        return engine.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(@Nonnull String aggregateIdentifier, long firstSequenceNumber) {
        return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(@Nonnull String aggregateIdentifier) {
        return engine.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(@Nonnull String aggregateIdentifier) {
        return engine.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(@Nonnull Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }

    @Override
    public String toString() {
        return "SteppedTailReads(" + engine + ", step " + step + ")";
    }
}
