package kg.mektep.birikme.query.integrity;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Extends the chain in the background, so that it stays close behind the log even when nobody
 * checks it (a check and a checkpoint extend it first as well). A failed round is logged and the
 * next one tries again: in a split deployment the event table may not exist yet at start.
 */
@Component
@OnJdbcEventStore
class ChainExtension implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChainExtension.class);

    private final EventChain chain;
    private final Duration every;
    private ScheduledExecutorService rounds;

    ChainExtension(EventChain chain, @Value("${birikme.integrity.extend-every:10s}") Duration every) {
        this.chain = chain;
        this.every = every;
    }

    @Override
    public synchronized void start() {
        rounds = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "event-chain");
            thread.setDaemon(true);
            return thread;
        });
        rounds.scheduleWithFixedDelay(this::round, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            chain.extend();
        } catch (RuntimeException e) {
            log.warn("The event chain was not extended this round: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (rounds != null) {
            rounds.shutdownNow();
            try {
                rounds.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            rounds = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return rounds != null;
    }
}
