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
import java.util.concurrent.atomic.AtomicReference;
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
 * chain goes on with a reader of its own from the last event it took: it notices when it reads
 * next, and the stream fetching for the others lets go of it meanwhile, so the chain it stands on
 * can be collected even while it reads nothing (a rebuild retrying a failed batch, say). So the
 * chain never holds much more than {@code window} events. A stream opened where no reader began,
 * or after its reader went more than {@code window} events past its beginning, gets a reader of
 * its own: it reads exactly what it would have read alone.
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
    public synchronized BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
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

    /** How many open streams follow a shared reader's chain. */
    synchronized int following() {
        return readers.stream().mapToInt(reader -> reader.followers.size()).sum();
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

    /** Where a follower stands once its reader let it go: it goes on with a reader of its own. */
    private static final Node LET_GO = new Node(null, -1);

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
                if (next.ordinal % Math.max(1, window / 4) == 0) {
                    letGoOfLaggards(next.ordinal);
                }
                return next;
            } finally {
                fetching.unlock();
            }
        }

        /**
         * Lets go of every follower more than the window behind, so that the chain it stands on
         * can be collected even while it reads nothing (a rebuild retrying a failed batch, say).
         */
        private void letGoOfLaggards(long endOrdinal) {
            for (Follower follower : followers) {
                Node at = follower.at.get();
                if (at != LET_GO && endOrdinal - at.ordinal > window) {
                    follower.resumeFrom = tokenOf(at);
                    if (follower.at.compareAndSet(at, LET_GO)) {
                        followers.remove(follower);
                    }
                }
            }
        }

        boolean tooFarBehind(Node node) {
            return end.ordinal - node.ordinal > window;
        }

        /** The position after which the events following this node come. */
        TrackingToken tokenOf(Node node) {
            return node.message == null ? from : node.message.trackingToken();
        }

        void leave(Follower follower) {
            synchronized (SharedReads.this) {
                if (followers.remove(follower) && followers.isEmpty()) {
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
     * coordinator); only the announcement of new events, and the reader letting go of it, come
     * from others.
     */
    private final class Follower implements BlockingStream<TrackedEventMessage<?>> {

        private final Reader reader;
        /** The last node taken; {@link #LET_GO} once the reader let go of it. */
        private final AtomicReference<Node> at;
        /** Where to go on from once the reader let go of it. */
        private volatile TrackingToken resumeFrom;
        private volatile BlockingStream<TrackedEventMessage<?>> own;
        private volatile Runnable callback;
        private volatile boolean closed;

        Follower(Reader reader, Node at) {
            this.reader = reader;
            this.at = new AtomicReference<>(at);
        }

        void available() {
            Runnable current = callback;
            if (current != null && own == null) {
                current.run();
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            Node current = standing();
            if (current == null) {
                return own.peek();
            }
            try {
                Node next = reader.after(current, 0);
                return next == null ? Optional.empty() : Optional.of(next.message);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            Node current = standing();
            if (current == null) {
                return own.hasNextAvailable(timeout, unit);
            }
            return reader.after(current, unit.toMillis(timeout)) != null;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            Node current = standing();
            if (current == null) {
                return own.nextAvailable();
            }
            Node next = reader.after(current, 0);
            while (next == null) {
                if (closed) {
                    throw new IllegalStateException("The stream is closed");
                }
                next = reader.after(current, 1000);
            }
            if (!at.compareAndSet(current, next)) {
                // Let go of meanwhile: the same event comes first on the reader of its own.
                standing();
                return own.nextAvailable();
            }
            return next.message;
        }

        /**
         * The node this stream stands on in its reader's chain; null once it reads on its own, which
         * it begins to when it is too far behind or its reader let go of it.
         */
        private Node standing() {
            while (own == null) {
                Node current = at.get();
                TrackingToken last;
                if (current == LET_GO) {
                    last = resumeFrom;
                } else if (!reader.tooFarBehind(current)) {
                    return current;
                } else if (at.compareAndSet(current, LET_GO)) {
                    last = reader.tokenOf(current);
                    reader.leave(this);
                } else {
                    continue;
                }
                BlockingStream<TrackedEventMessage<?>> stream = source.openStream(last);
                log.info("A rebuild fell more than {} events behind the others reading the log with it: it goes on"
                        + " with a reader of its own from {}", window, last);
                Runnable announce = callback;
                if (announce != null) {
                    stream.setOnAvailableCallback(announce);
                }
                own = stream;
            }
            return null;
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
            } else if (at.getAndSet(LET_GO) != LET_GO) {
                reader.leave(this);
            }
        }
    }
}
