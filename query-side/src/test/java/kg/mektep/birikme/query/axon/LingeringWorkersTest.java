package kg.mektep.birikme.query.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A batch submitted by the coordinator waits for the linger; one a worker submits again runs at once. */
class LingeringWorkersTest {

    @Test
    void aBatchSubmittedFromOutsideTheWorkersWaitsForTheLinger() {
        LingeringWorkers workers = LingeringWorkers.of("plans", 1, Duration.ofHours(1));
        try {
            Future<?> batch = workers.submit(() -> { });
            assertThat(batch.isDone()).isFalse();
            assertThat(workers.getQueue()).hasSize(1);
            assertThat(((Delayed) workers.getQueue().peek()).getDelay(TimeUnit.MINUTES)).isGreaterThanOrEqualTo(59);
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void aBatchAWorkerSubmitsAgainRunsAtOnce() throws Exception {
        LingeringWorkers workers = LingeringWorkers.of("plans", 1, Duration.ofHours(1));
        try {
            CompletableFuture<String> again = new CompletableFuture<>();
            // The first batch runs at once only because execute() bypasses the linger; inside it, the
            // worker submits the next one, as a work package does when events are left after a batch.
            workers.execute(() -> workers.submit(() -> again.complete(Thread.currentThread().getName())));
            // Were the linger applied, this would wait an hour and the test would fail on the timeout.
            assertThat(again.get(30, TimeUnit.SECONDS)).startsWith("WorkPackage[plans]");
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void noLingerRunsEveryBatchAtOnce() throws Exception {
        LingeringWorkers workers = LingeringWorkers.of("plans", 1, Duration.ZERO);
        try {
            CompletableFuture<Boolean> ran = new CompletableFuture<>();
            workers.submit(() -> ran.complete(true));
            assertThat(ran.get(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void aNegativeLingerIsRefused() {
        assertThatThrownBy(() -> LingeringWorkers.of("plans", 1, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("birikme.projections.linger");
    }
}
