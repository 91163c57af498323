package kg.mektep.birikme.query.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;

/** Rebuilds that start together read the log once between them, each still reading all of it. */
class SharedReadsTest {

    private final Log log = new Log();

    @Test
    void streamsOpenedAtTheSamePositionShareOneReaderAndTheSameMessages() throws Exception {
        log.append(100);
        SharedReads reads = new SharedReads(log, 1_000);

        List<BlockingStream<TrackedEventMessage<?>>> streams = List.of(reads.openStream(null),
                reads.openStream(null), reads.openStream(null));
        List<List<TrackedEventMessage<?>>> read = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        // In turns, each at its own pace.
        for (int round = 0; round < 100; round++) {
            for (int i = 0; i < streams.size(); i++) {
                for (int n = 0; n <= i && streams.get(i).hasNextAvailable(); n++) {
                    read.get(i).add(streams.get(i).nextAvailable());
                }
            }
        }

        assertThat(log.opened).as("one reader of the store").hasSize(1);
        assertThat(reads.readers()).isEqualTo(1);
        for (List<TrackedEventMessage<?>> each : read) {
            assertThat(each.stream().map(message -> (Object) message.getPayload()).toList())
                    .containsExactlyElementsOf(log.payloads());
            for (int i = 0; i < each.size(); i++) {
                assertThat(each.get(i)).as("the message itself, deserialized once").isSameAs(read.get(0).get(i));
            }
        }
    }

    @Test
    void streamsOpenedAtOnceFromManyThreadsShareOneReader() throws Exception {
        log.append(10);
        SharedReads reads = new SharedReads(log, 1_000);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<BlockingStream<TrackedEventMessage<?>>>> opened = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                opened.add(threads.submit(() -> {
                    start.await();
                    return reads.openStream(null);
                }));
            }
            start.countDown();
            for (Future<BlockingStream<TrackedEventMessage<?>>> stream : opened) {
                assertThat(stream.get(1, TimeUnit.MINUTES).nextAvailable().getPayload()).isEqualTo("event 0");
            }
            assertThat(log.opened).hasSize(1);
            assertThat(reads.following()).isEqualTo(8);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aStreamFallenTooFarBehindGoesOnWithAReaderOfItsOwnMissingAndRepeatingNothing() throws Exception {
        log.append(50);
        SharedReads reads = new SharedReads(log, 10);
        BlockingStream<TrackedEventMessage<?>> fast = reads.openStream(null);
        BlockingStream<TrackedEventMessage<?>> slow = reads.openStream(null);
        List<Object> slowRead = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slowRead.add(slow.nextAvailable().getPayload());
        }

        List<Object> fastRead = new ArrayList<>();
        while (fast.hasNextAvailable()) {
            fastRead.add(fast.nextAvailable().getPayload());
        }
        while (slow.hasNextAvailable()) {
            slowRead.add(slow.nextAvailable().getPayload());
        }

        assertThat(fastRead).containsExactlyElementsOf(log.payloads());
        assertThat(slowRead).containsExactlyElementsOf(log.payloads());
        assertThat(log.opened).as("the shared reader, then the slow stream's own").hasSize(2);
        assertThat(log.opened.get(1).from).as("from the last event the slow stream took").isEqualTo(3);
    }

    @Test
    void aStreamThatReadsNothingIsLetGoOfSoThatTheOthersDoNotKeepItsEventsInMemory() throws Exception {
        log.append(100);
        SharedReads reads = new SharedReads(log, 10);
        BlockingStream<TrackedEventMessage<?>> idle = reads.openStream(null);
        BlockingStream<TrackedEventMessage<?>> busy = reads.openStream(null);
        List<Object> idleRead = new ArrayList<>();
        idleRead.add(idle.nextAvailable().getPayload());
        idleRead.add(idle.nextAvailable().getPayload());

        while (busy.hasNextAvailable()) {
            busy.nextAvailable();
        }
        assertThat(reads.following()).as("only the busy stream still stands on the chain").isEqualTo(1);
        assertThat(log.opened).hasSize(1);

        while (idle.hasNextAvailable()) {
            idleRead.add(idle.nextAvailable().getPayload());
        }
        assertThat(idleRead).containsExactlyElementsOf(log.payloads());
        assertThat(log.opened).hasSize(2);
        assertThat(log.opened.get(1).from).as("after the last event it took").isEqualTo(2);
    }

    @Test
    void aStreamOpenedElsewhereOrPastTheWindowGetsAReaderOfItsOwn() throws Exception {
        log.append(30);
        SharedReads reads = new SharedReads(log, 10);
        BlockingStream<TrackedEventMessage<?>> first = reads.openStream(null);
        for (int i = 0; i < 5; i++) {
            first.nextAvailable();
        }
        BlockingStream<TrackedEventMessage<?>> joined = reads.openStream(null);
        assertThat(log.opened).as("joined at the beginning, still within the window").hasSize(1);
        for (int i = 0; i < 10; i++) {
            first.nextAvailable();
        }

        BlockingStream<TrackedEventMessage<?>> late = reads.openStream(null);
        BlockingStream<TrackedEventMessage<?>> elsewhere = reads.openStream(new GlobalSequenceTrackingToken(19));

        assertThat(log.opened).hasSize(3);
        assertThat(reads.readers()).isEqualTo(3);
        assertThat(late.nextAvailable().getPayload()).isEqualTo("event 0");
        assertThat(elsewhere.nextAvailable().getPayload()).isEqualTo("event 20");
        assertThat(joined.nextAvailable().getPayload()).isEqualTo("event 0");
    }

    @Test
    void newEventsAreAnnouncedToEveryStreamAndTheLastOneClosedClosesTheReader() throws Exception {
        log.append(2);
        SharedReads reads = new SharedReads(log, 100);
        BlockingStream<TrackedEventMessage<?>> one = reads.openStream(null);
        BlockingStream<TrackedEventMessage<?>> two = reads.openStream(null);
        AtomicInteger announced = new AtomicInteger();
        assertThat(one.setOnAvailableCallback(announced::incrementAndGet)).isTrue();
        assertThat(two.setOnAvailableCallback(announced::incrementAndGet)).isTrue();

        log.append(1);
        assertThat(announced).hasValue(2);
        assertThat(one.peek().map(message -> (Object) message.getPayload())).contains("event 0");

        one.close();
        assertThat(log.opened.get(0).closed).isFalse();
        two.close();
        assertThat(log.opened.get(0).closed).isTrue();
        assertThat(reads.readers()).isZero();
    }

    @Test
    void streamsReadingOnThreadsOfTheirOwnEachGetEveryEventInOrder() throws Exception {
        log.append(20_000);
        SharedReads reads = new SharedReads(log, 500);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Object>>> read = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                BlockingStream<TrackedEventMessage<?>> stream = reads.openStream(null);
                int pause = i;
                read.add(threads.submit(() -> {
                    List<Object> payloads = new ArrayList<>();
                    while (stream.hasNextAvailable()) {
                        payloads.add(stream.nextAvailable().getPayload());
                        if (pause > 0 && payloads.size() % 1000 == 0) {
                            Thread.sleep(pause);
                        }
                    }
                    stream.close();
                    return payloads;
                }));
            }
            for (Future<List<Object>> each : read) {
                assertThat(each.get(1, TimeUnit.MINUTES)).containsExactlyElementsOf(log.payloads());
            }
            assertThat(log.opened).allMatch(stream -> stream.closed);
        } finally {
            threads.shutdownNow();
        }
    }

    /** An event log in memory: event {@code i} at global position {@code i}. */
    private static final class Log implements StreamableMessageSource<TrackedEventMessage<?>> {

        final List<TrackedEventMessage<?>> events = new CopyOnWriteArrayList<>();
        final List<LogStream> opened = new CopyOnWriteArrayList<>();

        void append(int count) {
            for (int i = 0; i < count; i++) {
                int position = events.size();
                events.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                        GenericEventMessage.asEventMessage("event " + position)));
            }
            opened.forEach(LogStream::announce);
        }

        List<Object> payloads() {
            return events.stream().map(event -> (Object) event.getPayload()).toList();
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
            LogStream stream = new LogStream(token == null ? 0 : (int) ((GlobalSequenceTrackingToken) token)
                    .getGlobalIndex() + 1);
            opened.add(stream);
            return stream;
        }

        @Override
        public TrackingToken createTailToken() {
            return null;
        }

        @Override
        public TrackingToken createHeadToken() {
            return new GlobalSequenceTrackingToken(events.size() - 1);
        }

        private final class LogStream implements BlockingStream<TrackedEventMessage<?>> {

            final int from;
            int next;
            volatile boolean closed;
            volatile Runnable callback;

            LogStream(int from) {
                this.from = from;
                this.next = from;
            }

            void announce() {
                Runnable current = callback;
                if (current != null) {
                    current.run();
                }
            }

            @Override
            public Optional<TrackedEventMessage<?>> peek() {
                return next < events.size() ? Optional.of(events.get(next)) : Optional.empty();
            }

            @Override
            public boolean hasNextAvailable(int timeout, TimeUnit unit) {
                return next < events.size();
            }

            @Override
            public TrackedEventMessage<?> nextAvailable() {
                return events.get(next++);
            }

            @Override
            public boolean setOnAvailableCallback(Runnable callback) {
                this.callback = callback;
                return true;
            }

            @Override
            public void close() {
                closed = true;
            }
        }
    }
}
