package kg.mektep.birikme.query.admin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import kg.mektep.birikme.query.admin.Projections.Projection;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

/**
 * One rebuild running in this process: the processor that builds the new copy from the start of
 * the log, and the progress it made over the last seconds.
 */
final class Rebuild {

    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(10);

    final Projection projection;
    final long id;
    private final PooledStreamingEventProcessor processor;
    private final ExecutorService[] executors;
    private final Deque<long[]> samples = new ArrayDeque<>();
    private volatile String error;
    /**
     * The building of the indexes the new copy was filled without: none until the copy
     * first reaches the head of the log; once done without error, the copy may replace the live one.
     */
    volatile CompletableFuture<Void> indexes;
    private long errorAt = -1;

    Rebuild(Projection projection, long id, PooledStreamingEventProcessor processor, ExecutorService... executors) {
        this.projection = projection;
        this.id = id;
        this.processor = processor;
        this.executors = executors;
    }

    void resume() {
        processor.start();
    }

    /** Stops the processor; what it committed stays, and its tokens say where it stood. */
    void pause() {
        processor.shutDown();
    }

    void close() {
        pause();
        for (ExecutorService executor : executors) {
            executor.shutdownNow();
        }
    }

    /** A batch failed: the processor tries it again; the error shows until the rebuild moves past it. */
    synchronized void failed(Throwable cause) {
        error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        errorAt = samples.isEmpty() ? -1 : samples.peekLast()[1];
    }

    String error() {
        return error;
    }

    synchronized void sample(long position, long nanos) {
        if (error != null && position > errorAt) {
            error = null;
        }
        samples.addLast(new long[] {nanos, position});
        while (samples.size() > 2 && nanos - samples.peekFirst()[0] > WINDOW_NANOS) {
            samples.removeFirst();
        }
    }

    /** Events per second over the last seconds; null until there are two samples apart in time. */
    synchronized Double eventsPerSecond() {
        if (samples.size() < 2) {
            return null;
        }
        long[] first = samples.peekFirst();
        long[] last = samples.peekLast();
        if (last[0] <= first[0]) {
            return null;
        }
        return (last[1] - first[1]) * 1e9 / (last[0] - first[0]);
    }
}
