package kg.mektep.birikme.query.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The event store as the pooled processors see it, telling them when events arrive.
 *
 * <p>A pooled processor whose stream cannot announce new events looks for them every 500 ms, so a
 * read-your-writes read after a command waited 250 ms on average for nothing. This source announces
 * every commit of this process at once (after the commit, so the events are readable), and every
 * {@code pollInterval} in case another process appended events. Each stream remembers the last
 * event of every announced commit until that event has passed through it: while one has not, and
 * for at most {@value #FETCH_WAIT_MILLIS} ms, the stream waits for the store's reader to fetch it
 * instead of answering "nothing yet" (which would leave it to the next poll, up to
 * {@code pollInterval} later), even when other events came first.
 */
@Component
public final class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private static final int FETCH_WAIT_MILLIS = 100;
    /** The most announced events a stream remembers; one far behind the head needs none of them. */
    private static final int MAX_AWAITED = 1_000;

    private final EventStore delegate;
    private final long fetchWaitNanos;
    private final Set<PromptStream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;

    @Autowired
    PromptEventSource(EventStore delegate, @Value("${birikme.projections.poll-interval:500ms}") Duration pollInterval) {
        this(delegate, pollInterval, Duration.ofMillis(FETCH_WAIT_MILLIS));
    }

    PromptEventSource(EventStore delegate, Duration pollInterval, Duration fetchWait) {
        this.delegate = delegate;
        this.fetchWaitNanos = fetchWait.toNanos();
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-arrival-poller");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> streams.forEach(stream -> stream.announce(null)),
                pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        delegate.subscribe(this::published);
    }

    private void published(List<? extends EventMessage<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        String last = events.get(events.size() - 1).getIdentifier();
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> committed(last));
        } else {
            committed(last);
        }
    }

    /** Tells every stream that the events up to the one with this identifier are committed. */
    void committed(String lastEventIdentifier) {
        streams.forEach(stream -> stream.announce(lastEventIdentifier));
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        PromptStream stream = new PromptStream(delegate.openStream(trackingToken));
        streams.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return delegate.createTokenSince(duration);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    private final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        /** Announced events not yet passed, each with the time (nanos) until which the stream waits for it. */
        private final Map<String, Long> awaited = new ConcurrentHashMap<>();
        private volatile Runnable callback;

        PromptStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        /** A commit ending with this event (null: a poll, events of another process perhaps). */
        void announce(String lastEventIdentifier) {
            if (lastEventIdentifier != null) {
                long now = System.nanoTime();
                if (awaited.size() >= MAX_AWAITED) {
                    awaited.values().removeIf(until -> until - now <= 0);
                }
                if (awaited.size() < MAX_AWAITED) {
                    awaited.put(lastEventIdentifier, now + fetchWaitNanos);
                }
            }
            Runnable current = callback;
            if (current != null) {
                current.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            stream.setOnAvailableCallback(callback);
            this.callback = callback;
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (stream.hasNextAvailable(timeout, unit)) {
                return true;
            }
            // An announced commit has not passed yet: the store's reader has not fetched it. Wait for it.
            long wait = longestWait();
            return wait > 0 && stream.hasNextAvailable((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)),
                    TimeUnit.MILLISECONDS);
        }

        /** Nanos until the last of the awaited events is given up; those already given up are forgotten. */
        private long longestWait() {
            if (awaited.isEmpty()) {
                return 0;
            }
            long now = System.nanoTime();
            awaited.values().removeIf(until -> until - now <= 0);
            return awaited.values().stream().mapToLong(until -> until - now).max().orElse(0);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            TrackedEventMessage<?> next = stream.nextAvailable();
            if (!awaited.isEmpty()) {
                awaited.remove(next.getIdentifier());
            }
            return next;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            streams.remove(this);
            stream.close();
        }
    }
}
