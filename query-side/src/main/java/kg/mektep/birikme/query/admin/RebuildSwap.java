package kg.mektep.birikme.query.admin;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kg.mektep.birikme.query.admin.Projections.Projection;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of a rebuild: the projection's processor stops, one transaction puts the new tables in
 * place of the live ones and the rebuild's tokens in place of the processor's, and the processor
 * starts again from there.
 */
@Component
class RebuildSwap {

    private static final Logger log = LoggerFactory.getLogger(RebuildSwap.class);
    private static final long STOP_WAIT_SECONDS = 60;

    private final RebuildProcessors processors;
    private final RebuildRecords records;
    private final ShadowTables shadows;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    RebuildSwap(RebuildProcessors processors, RebuildRecords records, ShadowTables shadows, JdbcClient jdbc,
                TransactionTemplate transactions) {
        this.processors = processors;
        this.records = records;
        this.shadows = shadows;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Answers whether the new copy is live; if the swap fails, the rebuild's processor goes on. */
    boolean replaceLiveCopy(Rebuild rebuild) {
        Projection projection = rebuild.projection;
        rebuild.pause();
        Optional<StreamingEventProcessor> live = processors.live(projection.group());
        boolean wasRunning = live.filter(StreamingEventProcessor::isRunning).isPresent();
        long pauseStarted = System.nanoTime();
        try {
            if (wasRunning) {
                stop(live.get());
            }
            String liveName = live.map(StreamingEventProcessor::getName).orElse(projection.group());
            transactions.executeWithoutResult(status -> swap(rebuild, liveName));
            log.info("Rebuild {} of projection {} complete: the new copy is live (its processor stopped for {} ms)",
                    rebuild.id, projection.group(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pauseStarted));
            return true;
        } catch (RuntimeException e) {
            log.error("Rebuild {} of projection {} could not replace the live copy; it goes on", rebuild.id,
                    projection.group(), e);
            rebuild.failed(e);
            rebuild.resume();
            return false;
        } finally {
            if (wasRunning) {
                // Once stopped (at once if it already is), whatever the swap's outcome.
                StreamingEventProcessor processor = live.get();
                processor.shutdownAsync().whenComplete((stopped, error) -> restart(processor));
            }
        }
    }

    private void swap(Rebuild rebuild, String liveProcessor) {
        Projection projection = rebuild.projection;
        // Holding the live processor's token rows keeps any other replica from committing a batch meanwhile.
        jdbc.sql("SELECT segment FROM tokenentry WHERE processorname = ? FOR UPDATE").param(liveProcessor)
                .query(Integer.class).list();
        if (!records.completed(rebuild.id)) {
            throw new IllegalStateException("Rebuild " + rebuild.id + " was ended elsewhere");
        }
        shadows.replaceLive(projection);
        jdbc.sql("DELETE FROM tokenentry WHERE processorname = ?").param(liveProcessor).update();
        jdbc.sql("UPDATE tokenentry SET processorname = ?, owner = NULL WHERE processorname = ?")
                .params(liveProcessor, projection.shadowProcessor()).update();
        // The new copy handled every event, those the live copy had dead-lettered too.
        jdbc.sql("DELETE FROM deadletterentry WHERE processinggroup = ?").param(projection.group()).update();
        shadows.drop(projection);
    }

    private static void stop(StreamingEventProcessor processor) {
        try {
            processor.shutdownAsync().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping " + processor.getName(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not stop " + processor.getName(), e);
        }
    }

    private static void restart(StreamingEventProcessor processor) {
        try {
            processor.start();
        } catch (RuntimeException e) {
            log.error("The processor {} did not start again after a rebuild's swap", processor.getName(), e);
        }
    }
}
