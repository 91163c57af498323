package kg.mektep.birikme.query.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * Events appended at once, many more than the event store keeps in memory for its processors: what
 * its reader of new events holds while it reads them.
 */
class SteppedTailReadsTest {

    private static final long GATE = 35_000;
    private static final long WATCHED = 1_000;

    @Test
    void theReaderLetsGoOfWhatItReadInEarlierSteps() throws Exception {
        assertThat(readUpToTheGate(true))
                .as("an event read 34,000 events before, beyond the 10,000 kept, is no longer held").isTrue();
    }

    @Test
    void axonsReaderHoldsEverythingItReadInOneGo() throws Exception {
        // The same events read without steps: the reason for them. (Should Axon stop holding them,
        // this fails, and the steps may go.)
        assertThat(readUpToTheGate(false))
                .as("the event is held by the reader that began before it").isFalse();
    }

    @Test
    void onlyTheReaderOfNewEventsReadsInSteps() {
        InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
        for (int i = 0; i < 25; i++) {
            engine.appendEvents(GenericEventMessage.asEventMessage("event " + i));
        }
        SteppedTailReads stepped = new SteppedTailReads(engine, 10);
        assertThat(stepped.readEvents(null, true)).hasSize(10);
        assertThat(stepped.readEvents(null, false)).hasSize(25);
        assertThat(stepped.createHeadToken()).isEqualTo(engine.createHeadToken());
    }

    /**
     * A consumer follows the store's reader through 35,000 events appended at once, while the reader
     * is stopped at the last of them; then the garbage is collected. Answers whether the reader's
     * copy of event 1,000 was collected.
     */
    private static boolean readUpToTheGate(boolean steps) throws Exception {
        GeneratedEvents events = new GeneratedEvents();
        EventStorageEngine engine = steps ? new SteppedTailReads(events, 1_000) : events;
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).fetchDelay(10).build();
        try (TrackingEventStream stream = store.openStream(null)) {
            events.head = 100;
            readUpTo(stream, events, 99);
            assertThat(stream.hasNextAvailable()).as("the consumer read the store to its end and follows the reader")
                    .isFalse();
            // The reader fetches the next hundred and comes to the end of the store.
            events.head = 200;
            readUpTo(stream, events, 199);
            assertThat(events.firstReadEnded.await(30, TimeUnit.SECONDS)).as("the reader reached the end").isTrue();
            // Now many at once.
            events.head = GATE + 5_000;
            readUpTo(stream, events, GATE - 1);
            assertThat(events.atGate.await(30, TimeUnit.SECONDS)).as("the reader reached the gate").isTrue();
            WeakReference<TrackedEventMessage<?>> watched = events.watched;
            assertThat(watched).as("the reader read event " + WATCHED).isNotNull();
            for (int i = 0; i < 20 && watched.get() != null; i++) {
                System.gc();
                Thread.sleep(10);
            }
            return watched.get() == null;
        } finally {
            events.closed = true;
            events.open.countDown();
            store.shutDown();
        }
    }

    private static void readUpTo(TrackingEventStream stream, GeneratedEvents events, long last) throws InterruptedException {
        long index = -1;
        while (index < last) {
            index = ((GlobalSequenceTrackingToken) stream.nextAvailable().trackingToken()).getGlobalIndex();
            events.consumed.set(index);
        }
    }

    /**
     * A store of events made as they are read: {@code head} of them, numbered from 0. A read that may
     * block (the store's reader) stops before event {@link #GATE} until {@link #open} opens, and keeps
     * at most 5,000 events ahead of the consumer, so the consumer is never behind what the store keeps.
     */
    private static final class GeneratedEvents implements EventStorageEngine {

        volatile long head;
        volatile boolean closed;
        volatile WeakReference<TrackedEventMessage<?>> watched;
        final AtomicLong consumed = new AtomicLong(-1);
        final CountDownLatch firstReadEnded = new CountDownLatch(1);
        final CountDownLatch atGate = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
            long start = token == null ? 0 : ((GlobalSequenceTrackingToken) token).getGlobalIndex() + 1;
            return Stream.iterate(start, i -> i + 1)
                    .takeWhile(i -> {
                        boolean more = !closed && i < head && (mayBlock || i < GATE);
                        if (!more && mayBlock && i > start) {
                            firstReadEnded.countDown();
                        }
                        return more;
                    })
                    .map(i -> {
                        if (mayBlock) {
                            awaitTurn(i);
                        }
                        TrackedEventMessage<?> event = new GenericTrackedEventMessage<>(
                                new GlobalSequenceTrackingToken(i), GenericEventMessage.asEventMessage(i));
                        if (mayBlock && i == WATCHED) {
                            watched = new WeakReference<>(event);
                        }
                        return event;
                    });
        }

        private void awaitTurn(long index) {
            if (index == GATE) {
                atGate.countDown();
                try {
                    open.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            while (!closed && index - consumed.get() > 5_000) {
                LockSupport.parkNanos(1_000_000);
            }
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return Optional.empty();
        }
    }
}
