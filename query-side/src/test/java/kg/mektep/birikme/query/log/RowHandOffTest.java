package kg.mektep.birikme.query.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RowHandOffTest {

    @Test
    void theWriterTakesEveryRowInOrderInBatchesThenTheEnd() throws Exception {
        RowHandOff handOff = new RowHandOff(3, 2);
        Thread reader = new Thread(() -> {
            for (int i = 1; i <= 10; i++) {
                handOff.add(row(i));
            }
            handOff.finish();
        });
        reader.start();

        List<Long> taken = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (List<ExportRow> batch = handOff.take(); batch != null; batch = handOff.take()) {
            sizes.add(batch.size());
            batch.forEach(row -> taken.add(row.position()));
        }
        reader.join();

        assertThat(taken).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(sizes).containsExactly(3, 3, 3, 1);
    }

    @Test
    void theReaderGetsNoMoreThanTheBatchesAheadOfTheWriter() throws Exception {
        RowHandOff handOff = new RowHandOff(5, 2);
        AtomicInteger added = new AtomicInteger();
        Thread reader = new Thread(() -> {
            for (int i = 1; i <= 100; i++) {
                handOff.add(row(i));
                added.incrementAndGet();
            }
            handOff.finish();
        });
        reader.start();
        awaitWaiting(reader);

        // Two batches wait in the queue; the third is full and waits for room.
        assertThat(added.get()).isEqualTo(2 * 5 + 4);
        assertThat(handOff.take()).extracting(ExportRow::position).containsExactly(1L, 2L, 3L, 4L, 5L);
        int total = 5;
        for (List<ExportRow> batch = handOff.take(); batch != null; batch = handOff.take()) {
            total += batch.size();
        }
        reader.join();
        assertThat(total).isEqualTo(100);
    }

    @Test
    void aWriterThatStopsEndsTheReaderAtItsNextRow() throws Exception {
        RowHandOff handOff = new RowHandOff(2, 1);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                for (int i = 1; i <= 1_000; i++) {
                    handOff.add(row(i));
                }
                handOff.finish();
            } catch (RuntimeException e) {
                ended.set(e);
            }
        });
        reader.start();
        awaitWaiting(reader);

        handOff.cancel();
        reader.join();

        assertThat(ended.get()).isInstanceOf(CancellationException.class);
        assertThat(handOff.cancelled()).isTrue();
    }

    @Test
    void aFailedReadReachesTheWriterAfterTheRowsReadBeforeIt() throws Exception {
        RowHandOff handOff = new RowHandOff(2, 4);
        handOff.add(row(1));
        handOff.add(row(2));
        handOff.fail(new IllegalStateException("the connection was lost"));

        assertThat(handOff.take()).hasSize(2);
        assertThatThrownBy(handOff::take).isInstanceOf(IOException.class)
                .hasRootCauseMessage("the connection was lost");
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        while (thread.getState() != Thread.State.TIMED_WAITING) {
            assertThat(thread.isAlive()).as("the reader still runs").isTrue();
            Thread.sleep(1);
        }
    }

    private static ExportRow row(long position) {
        return new ExportRow(position, Instant.EPOCH, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, new byte[] {'{', '}'});
    }
}
