package kg.mektep.birikme.query.log;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Rows passed from the thread reading them from the database to the one writing them out, a batch
 * at a time through a queue of a few batches: the database prepares the next rows while the last are
 * written, and no more than those few batches are ever held. The reader ends with {@link #finish} or
 * {@link #fail}; the writer, if it stops early, with {@link #cancel}, after which the reader's next
 * {@link #add} throws, ending its query.
 */
final class RowHandOff {

    private static final Object END = new Object();

    private final BlockingQueue<Object> batches;
    private final int batchSize;
    private List<ExportRow> batch;
    private volatile boolean cancelled;

    RowHandOff(int batchSize, int batchesAhead) {
        this.batchSize = batchSize;
        this.batches = new ArrayBlockingQueue<>(batchesAhead);
        this.batch = new ArrayList<>(batchSize);
    }

    /** By the reader: one more row; waits while the writer is the batches ahead behind. */
    void add(ExportRow row) {
        batch.add(row);
        if (batch.size() == batchSize) {
            hand(batch);
            batch = new ArrayList<>(batchSize);
        }
    }

    /** By the reader: every row was added. */
    void finish() {
        if (!batch.isEmpty()) {
            hand(batch);
            batch = List.of();
        }
        hand(END);
    }

    /** By the reader: reading failed; the writer's next {@link #take} throws with the cause. */
    void fail(Throwable cause) {
        if (!cancelled) {
            hand(new Failure(cause));
        }
    }

    /** By the writer: it stops taking rows; the reader stops at its next row. */
    void cancel() {
        cancelled = true;
        batches.clear();
    }

    boolean cancelled() {
        return cancelled;
    }

    /** By the writer: the next batch, or null after the last. */
    @SuppressWarnings("unchecked")
    List<ExportRow> take() throws IOException {
        Object next;
        try {
            next = batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new InterruptedIOException("interrupted while waiting for rows of the export");
        }
        if (next == END) {
            return null;
        }
        if (next instanceof Failure failure) {
            throw new IOException("reading the rows of the export failed", failure.cause);
        }
        return (List<ExportRow>) next;
    }

    private void hand(Object item) {
        try {
            while (!batches.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new CancellationException("the export's writer stopped");
                }
            }
            if (cancelled) {
                batches.clear();
                throw new CancellationException("the export's writer stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while handing rows to the export's writer");
        }
    }

    private record Failure(Throwable cause) {
    }
}
