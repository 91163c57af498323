package kg.mektep.birikme.query.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import kg.mektep.birikme.query.axon.PromptEventSource;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The event log as rebuilds read it: streams opened at the same position share one reader of the
 * store. The rebuilds of every projection, started together, all begin at the tail of the log;
 * each reading the whole log on its own meant fetching every row and deserializing every payload
 * once per projection, fourteen times over.
 *
 * <p>The events a reader fetched form a chain its streams follow, each at its own pace; the stream
 * that reaches the end of the chain fetches the next event for all of them (one at a time, under
 * the reader's lock). The messages are shared, so a payload is deserialized once, by whichever
 * handler asks first. A stream that falls more than {@code window} events behind the end of the
 * chain goes on with a reader of its own from the last event it took, so the chain a slow stream
 * keeps from being collected never holds much more than {@code window} events. A stream opened
 * where no reader began, or after its reader went more than {@code window} events past its
 * beginning, gets a reader of its own: it reads exactly what it would have read alone.
 */
@Component
class SharedReads implements StreamableMessageSource<TrackedEventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(SharedReads.class);

    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final int window;
    /** Readers that may still be joined at their beginning, and those followed since; guarded by this. */
    private final List<Reader> readers = new ArrayList<>();

    @Autowired
    SharedReads(PromptEventSource source, @Value("${birikme.projections.rebuild.shared-window:10000}") int window) {
        this((StreamableMessageSource<TrackedEventMessage<?>>) source, window);
    }

    SharedReads(StreamableMessageSource<TrackedEventMessage<?>> source, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("The window of shared reads is at least one event, not " + window);
        }
        this.source = source;
        this.window = window;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        for (Reader reader : readers) {
            Node beginning = reader.beginning;
            if (beginning != null && Objects.equals(reader.from, token)) {
                return reader.follow(beginning);
            }
        }
        Reader reader = new Reader(token, source.openStream(token));
        readers.add(reader);
        log.debug("A reader of the log from {} opened for rebuilds; {} open", token, readers.size());
        return reader.follow(reader.beginning);
    }

    /** How many readers of the store the open streams share. */
    synchronized int readers() {
        return readers.size();
    }

    @Override
    public TrackingToken createTailToken() {
        return source.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return source.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return source.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return source.createTokenSince(duration);
    }

    /** One event of a reader's chain; the first node of a chain holds none. */
    private static final class Node {

        final TrackedEventMessage<?> message;
        final long ordinal;
        volatile Node next;

        Node(TrackedEventMessage<?> message, long ordinal) {
            this.message = message;
            this.ordinal = ordinal;
        }
    }

    /** One stream of the store, and the chain of the events fetched from it. */
    private final class Reader {

        final TrackingToken from;
        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final ReentrantLock fetching = new ReentrantLock();
        private final Set<Follower> followers = ConcurrentHashMap.newKeySet();
        /** The chain's first node while streams may still join there; null once the chain is longer than the window. */
        volatile Node beginning = new Node(null, 0);
        private volatile Node end = beginning;

        Reader(TrackingToken from, BlockingStream<TrackedEventMessage<?>> stream) {
            this.from = from;
            this.stream = stream;
            stream.setOnAvailableCallback(() -> followers.forEach(Follower::available));
        }

        Follower follow(Node node) {
            Follower follower = new Follower(this, node);
            followers.add(follower);
            return follower;
        }

        /** The node after the given one, fetched from the store if no stream did yet; null if none came in time. */
        Node after(Node node, long timeoutMillis) throws InterruptedException {
            Node next = node.next;
            if (next != null) {
                return next;
            }
            fetching.lockInterruptibly();
            try {
                next = node.next;
                if (next != null || !stream.hasNextAvailable((int) timeoutMillis, TimeUnit.MILLISECONDS)) {
                    return next;
                }
                next = new Node(stream.nextAvailable(), node.ordinal + 1);
                node.next = next;
                end = next;
                if (next.ordinal > window) {
                    beginning = null;
                }
                return next;
            } finally {
                fetching.unlock();
            }
        }

        boolean tooFarBehind(Node node) {
            return end.ordinal - node.ordinal > window;
        }

        void leave(Follower follower) {
            synchronized (SharedReads.this) {
                followers.remove(follower);
                if (followers.isEmpty()) {
                    readers.remove(this);
                    beginning = null;
                    stream.close();
                }
            }
        }
    }

    /**
     * A stream of one rebuild: along its reader's chain, or on a reader of its own once too far
     * behind. Like the store's streams, it is read by one thread at a time (its processor's
     * coordinator); only the announcement of new events comes from others.
     */
    private final class Follower implements BlockingStream<TrackedEventMessage<?>> {

        private final Reader reader;
        /** The last node taken; null once on a stream of its own or closed. */
        private volatile Node at;
        private volatile BlockingStream<TrackedEventMessage<?>> own;
        private volatile Runnable callback;
        private volatile boolean closed;

        Follower(Reader reader, Node at) {
            this.reader = reader;
            this.at = at;
        }

        void available() {
            Runnable current = callback;
            if (current != null && own == null) {
                current.run();
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            if (ownIfBehind() != null) {
                return own.peek();
            }
            try {
                Node next = reader.after(at, 0);
                return next == null ? Optional.empty() : Optional.of(next.message);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (ownIfBehind() != null) {
                return own.hasNextAvailable(timeout, unit);
            }
            return reader.after(at, unit.toMillis(timeout)) != null;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            if (ownIfBehind() != null) {
                return own.nextAvailable();
            }
            Node next = reader.after(at, 0);
            while (next == null) {
                if (closed) {
                    throw new IllegalStateException("The stream is closed");
                }
                next = reader.after(at, 1000);
            }
            at = next;
            return next.message;
        }

        /** The stream of its own, opened where this one stands if it fell too far behind. */
        private BlockingStream<TrackedEventMessage<?>> ownIfBehind() {
            if (own == null && reader.tooFarBehind(at)) {
                TrackingToken last = at.message == null ? reader.from : at.message.trackingToken();
                own = source.openStream(last);
                log.info("A rebuild fell more than {} events behind the others reading the log with it: it goes on"
                        + " with a reader of its own from {}", window, last);
                Runnable current = callback;
                if (current != null) {
                    own.setOnAvailableCallback(current);
                }
                at = null;
                reader.leave(this);
            }
            return own;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            if (own != null) {
                own.setOnAvailableCallback(callback);
            }
            return true;
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            if (own != null) {
                own.skipMessagesWithPayloadTypeOf(ignoredMessage);
            }
        }

        @Override
        public void close() {
            closed = true;
            if (own != null) {
                own.close();
            } else if (at != null) {
                at = null;
                reader.leave(this);
            }
        }
    }
}
