package kg.mektep.birikme.query.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The event store as the pooled processors see it, telling them when events arrive.
 *
 * <p>A pooled processor whose stream cannot announce new events looks for them every 500 ms, so a
 * read-your-writes read after a command waited 250 ms on average for nothing. This source announces
 * every commit of this process at once (after the commit, so the events are readable), and every
 * {@code pollInterval} in case another process appended events. When announced, the stream waits
 * briefly for the store's reader to fetch the new events instead of answering "nothing yet".
 */
@Component
public final class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private static final int FETCH_WAIT_MILLIS = 100;

    private final EventStore delegate;
    private final Set<PromptStream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;

    PromptEventSource(EventStore delegate, @Value("${birikme.projections.poll-interval:500ms}") Duration pollInterval) {
        this.delegate = delegate;
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-arrival-poller");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> streams.forEach(stream -> stream.announce(false)),
                pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        delegate.subscribe(this::published);
    }

    private void published(List<? extends EventMessage<?>> events) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> committed());
        } else {
            committed();
        }
    }

    void committed() {
        streams.forEach(stream -> stream.announce(true));
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
        private final AtomicBoolean committedUnseen = new AtomicBoolean();
        private volatile Runnable callback;

        PromptStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        void announce(boolean localCommit) {
            if (localCommit) {
                committedUnseen.set(true);
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
                committedUnseen.set(false);
                return true;
            }
            // A commit was announced but the store's reader has not fetched it yet: wait for it.
            return committedUnseen.getAndSet(false)
                    && stream.hasNextAvailable(FETCH_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
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
