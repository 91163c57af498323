package kg.mektep.birikme.query.axon;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The query side reads tables that the command side's migrations create: the event store's, the
 * users' and their sessions', the documents' files. Started first on a new database (the split
 * deployments start both sides at once), it waits for them before its projections and its API
 * start, saying so in its log, instead of failing after its processors' retries. In one process
 * with the command side, the command side's migrations have run before this starts.
 */
@Component
class CommandSideTables implements SmartLifecycle {

    static final List<String> TABLES = List.of("domainevententry", "app_user", "app_session", "document_file");

    private static final Logger log = LoggerFactory.getLogger(CommandSideTables.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Duration pollInterval;
    private volatile boolean running;

    @Autowired
    CommandSideTables(DataSource dataSource,
                      @Value("${birikme.query.command-side-tables.poll-interval:1s}") Duration pollInterval) {
        this.jdbc = JdbcClient.create(dataSource);
        this.pollInterval = pollInterval;
    }

    /** Returns once every table is there; until then looks again every poll interval. */
    @Override
    public void start() {
        long loggedAt = 0;
        boolean waited = false;
        for (List<String> missing = missing(); !missing.isEmpty(); missing = missing()) {
            long now = System.nanoTime();
            if (!waited || now - loggedAt >= LOG_EVERY.toNanos()) {
                log.warn("Waiting for the command side's tables {} in this database: start the command side on it "
                        + "(its migrations create them); the projections and the API start once they exist.", missing);
                loggedAt = now;
                waited = true;
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Stopped while waiting for the command side's tables " + missing, e);
            }
        }
        if (waited) {
            log.info("The command side's tables are there; starting.");
        }
        running = true;
    }

    List<String> missing() {
        return TABLES.stream()
                .filter(table -> jdbc.sql("SELECT to_regclass(CAST(? AS text)) IS NULL").param(table)
                        .query(Boolean.class).single())
                .toList();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before every other part that starts: Axon's processors, the web server. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
