package kg.mektep.birikme.query.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

/** The store's reader lags behind the commits it is told of; the streams wait for what was announced. */
class PromptEventSourceTest {

    /** What the store's reader has fetched so far. */
    private final LinkedBlockingDeque<TrackedEventMessage<?>> fetched = new LinkedBlockingDeque<>();

    @Test
    void anAnnouncedCommitIsAwaitedEvenWhenAnEarlierEventWasAvailable() throws Exception {
        try (PromptEventSource source = new PromptEventSource(store(), Duration.ofMinutes(10), Duration.ofSeconds(30))) {
            BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
            TrackedEventMessage<?> first = event(1);
            TrackedEventMessage<?> second = event(2);
            fetched.add(first);
            source.committed(first.getIdentifier());
            source.committed(second.getIdentifier());

            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable()).isSameAs(first);
            // The reader fetches the second commit a moment later; the stream must not answer "nothing" meanwhile.
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                sleep(20);
                fetched.add(second);
            });
            assertThat(stream.hasNextAvailable()).as("the announced second event is waited for").isTrue();
            assertThat(stream.nextAvailable()).isSameAs(second);
            reader.join();
            assertThat(stream.hasNextAvailable()).as("nothing more").isFalse();
        }
    }

    @Test
    void anAnnouncedEventThatNeverComesIsGivenUp() throws Exception {
        try (PromptEventSource source = new PromptEventSource(store(), Duration.ofMinutes(10), Duration.ofMillis(50))) {
            BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
            source.committed(event(1).getIdentifier());
            assertThat(stream.hasNextAvailable()).isFalse();
            assertThat(stream.hasNextAvailable()).as("given up once").isFalse();
        }
    }

    @Test
    void aPollWakesTheStream() throws Exception {
        try (PromptEventSource source = new PromptEventSource(store(), Duration.ofMillis(10), Duration.ofSeconds(30))) {
            BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
            CompletableFuture<Void> woken = new CompletableFuture<>();
            assertThat(stream.setOnAvailableCallback(() -> woken.complete(null))).isTrue();
            woken.get(10, TimeUnit.SECONDS);
            assertThat(stream.hasNextAvailable()).isFalse();
        }
    }

    private static TrackedEventMessage<?> event(long position) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                GenericEventMessage.asEventMessage("event " + position));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An event store whose one stream gives what {@link #fetched} holds; it is told of nothing itself. */
    private EventStore store() {
        BlockingStream<TrackedEventMessage<?>> stream = new BlockingStream<>() {
            @Override
            public Optional<TrackedEventMessage<?>> peek() {
                return Optional.ofNullable(fetched.peek());
            }

            @Override
            public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
                TrackedEventMessage<?> next = fetched.poll(timeout, unit);
                if (next != null) {
                    fetched.addFirst(next);
                }
                return next != null;
            }

            @Override
            public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
                return fetched.take();
            }

            @Override
            public void close() {
            }
        };
        return (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "openStream" -> stream;
                    case "subscribe" -> (org.axonframework.common.Registration) () -> true;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
