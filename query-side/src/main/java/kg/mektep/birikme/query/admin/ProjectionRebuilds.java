package kg.mektep.birikme.query.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kg.mektep.birikme.query.admin.Projections.Projection;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.web.ConflictException;
import kg.mektep.birikme.query.web.NotFoundException;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a projection from the start of the event log while the service runs; every read is
 * served from the previous copy until the new one is complete.
 *
 * <p>The projection's own processor is never reset: it keeps the live tables current, so reads of
 * the projection and {@code ?after=} waits ({@link ReadPositions}) go on as before, neither
 * waiting for the rebuild nor answering from a half-built copy. A second processor runs the same
 * handlers from the tail of the log into empty twins of the projection's tables in a schema of its
 * own ({@link ShadowTables}, {@link RebuildProcessors}), its tokens stored under a name of its own.
 * When its tokens reach the head of the log, the new copy gets the indexes it was filled
 * without; when they reach it again, the projection's processor stops briefly and one
 * transaction ({@link RebuildSwap}) puts the new tables in place of the live ones, hands the rebuild's tokens to the
 * projection's processor, clears the projection's dead letters (the new copy handled every event)
 * and closes the rebuild; the processor then starts again from where the rebuild stood. A replica
 * elsewhere still holding the projection's old tokens loses its claims in that transaction, so its
 * next batch rolls back rather than write over the new copy.
 *
 * <p>The new copy and its tokens are committed batch by batch. A restart finds the open rebuild and
 * resumes from its tokens, unless a migration changed the projection's tables meanwhile, when it
 * starts over. An event the new copy fails on is not dead-lettered: its batch is tried again, and
 * the error shows in the progress until the rebuild moves past it or is cancelled.
 */
@Component
class ProjectionRebuilds implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final long STOP_WAIT_SECONDS = 60;

    private final Projections projections;
    private final RebuildProcessors processors;
    private final RebuildRecords records;
    private final RebuildSwap swap;
    private final ShadowTables shadows;
    private final TokenPositions positions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Duration checkInterval;
    private final int parallelIndexBuilds;
    private final Map<String, Rebuild> running = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService monitor;
    private volatile ExecutorService indexBuilders;

    ProjectionRebuilds(Projections projections, RebuildProcessors processors, RebuildRecords records,
                       RebuildSwap swap, ShadowTables shadows, TokenPositions positions, JdbcClient jdbc,
                       TransactionTemplate transactions,
                       @Value("${birikme.projections.rebuild.check-interval:500ms}") Duration checkInterval,
                       @Value("${birikme.projections.rebuild.parallel-index-builds:2}") int parallelIndexBuilds) {
        this.projections = projections;
        this.processors = processors;
        this.records = records;
        this.swap = swap;
        this.shadows = shadows;
        this.positions = positions;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.checkInterval = checkInterval;
        this.parallelIndexBuilds = parallelIndexBuilds;
    }

    /** Starts rebuilding the projection from the start of the log; one rebuild per projection at a time. */
    synchronized void rebuild(String group, String actor) {
        Projection projection = projection(group);
        if (projection.tables().isEmpty()) {
            throw new ConflictException("PROJECTION_TABLES_UNDECLARED", group);
        }
        processors.live(group).orElseThrow(() -> new NotFoundException(group));
        long id;
        try {
            id = transactions.execute(status -> {
                long opened = records.open(group, actor);
                startOver(projection);
                return opened;
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("REBUILD_IN_PROGRESS", group);
        }
        running.put(group, processors.launch(projection, id));
        log.info("Rebuild {} of projection {} started by {}", id, group, actor);
    }

    /** Stops the projection's rebuild, if one runs, and drops what it built; the live copy stays as it is. */
    synchronized void cancel(String group, String actor) {
        Projection projection = projection(group);
        Rebuild local = running.remove(group);
        if (local != null) {
            local.close();
        }
        boolean cancelled = Boolean.TRUE.equals(transactions.execute(status -> {
            boolean open = records.cancelled(group, actor);
            shadows.drop(projection);
            jdbc.sql("DELETE FROM tokenentry WHERE processorname = ?").param(projection.shadowProcessor()).update();
            return open;
        }));
        if (cancelled) {
            log.info("Rebuild of projection {} cancelled by {}", group, actor);
        }
    }

    /** The rebuild of the projection this process runs, if any. */
    Optional<Rebuild> running(String group) {
        return Optional.ofNullable(running.get(group));
    }

    /** Looks at every rebuild of this process: how far it came, and whether it is complete. */
    void check() {
        for (Rebuild rebuild : List.copyOf(running.values())) {
            try {
                if (!records.isOpen(rebuild.id)) {
                    // Completed or cancelled by another replica: nothing more to build here.
                    stopLocal(rebuild);
                    continue;
                }
                long head = positions.head();
                Map<Integer, TrackingToken> tokens = positions.stored(rebuild.projection.shadowProcessor());
                rebuild.sample(lowest(tokens), System.nanoTime());
                if (!tokens.isEmpty() && tokens.values().stream()
                        .allMatch(token -> head == 0 || ReadPositions.covers(token, head))) {
                    CompletableFuture<Void> indexes = rebuild.indexes;
                    if (indexes == null) {
                        // Beside the checks of the other rebuilds; a check after it swaps, once the
                        // rebuild has caught up again.
                        rebuild.indexes = completeIndexes(rebuild);
                    } else if (indexes.isDone()) {
                        if (indexes.isCompletedExceptionally()) {
                            rebuild.indexes = null;
                        } else {
                            complete(rebuild);
                        }
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Checking the rebuild of projection {} failed: {}", rebuild.projection.group(), e.toString());
            }
        }
    }

    private CompletableFuture<Void> completeIndexes(Rebuild rebuild) {
        long started = System.nanoTime();
        return CompletableFuture.runAsync(
                        () -> shadows.completeIndexes(rebuild.projection, indexBuilders, parallelIndexBuilds), indexBuilders)
                .whenComplete((done, error) -> {
                    if (error == null) {
                        log.info("Rebuild {} of projection {} reached the head of the log; the indexes it was filled"
                                        + " without and statistics took {} ms", rebuild.id, rebuild.projection.group(),
                                (System.nanoTime() - started) / 1_000_000);
                    } else if (running.get(rebuild.projection.group()) != rebuild) {
                        // Cancelled (or stopped) while its indexes were built: its tables are gone, and so is the work.
                        log.info("Building the indexes of rebuild {} of projection {} stopped: the rebuild ended ({})",
                                rebuild.id, rebuild.projection.group(), error.toString());
                    } else {
                        log.warn("Building the indexes of rebuild {} of projection {} failed, to be tried"
                                + " again: {}", rebuild.id, rebuild.projection.group(), error.toString());
                    }
                });
    }

    private synchronized void complete(Rebuild rebuild) {
        if (running.get(rebuild.projection.group()) == rebuild && swap.replaceLiveCopy(rebuild)) {
            running.remove(rebuild.projection.group());
            rebuild.close();
        }
    }

    private synchronized void stopLocal(Rebuild rebuild) {
        if (running.remove(rebuild.projection.group(), rebuild)) {
            rebuild.close();
        }
    }

    /** Resumes every rebuild a shutdown interrupted, from the tokens it had committed. */
    private synchronized void resumeOpenRebuilds() {
        for (RebuildRow row : records.open()) {
            try {
                resume(row);
            } catch (RuntimeException e) {
                log.error("Rebuild {} of projection {} could not resume; cancel it or restart", row.id(), row.group(),
                        e);
            }
        }
    }

    private void resume(RebuildRow row) {
        Optional<Projection> known = projections.find(row.group())
                .filter(projection -> !projection.tables().isEmpty())
                .filter(projection -> processors.live(projection.group()).isPresent());
        if (known.isEmpty()) {
            log.warn("Rebuild {} of projection {} cannot go on: the projection is gone", row.id(), row.group());
            records.cancelled(row.group(), "system");
            return;
        }
        Projection projection = known.get();
        long from = 0;
        if (shadows.matches(projection)) {
            Long position = positions.position(projection.shadowProcessor(), Map.of());
            from = position == null ? 0 : position;
        } else {
            log.warn("The tables of projection {} changed since its rebuild {} began: it starts over",
                    row.group(), row.id());
            transactions.executeWithoutResult(status -> startOver(projection));
        }
        records.resumed(row.id(), from);
        running.put(row.group(), processors.launch(projection, row.id()));
        log.info("Rebuild {} of projection {} resumed from position {}", row.id(), row.group(), from);
    }

    private void startOver(Projection projection) {
        shadows.create(projection);
        jdbc.sql("DELETE FROM tokenentry WHERE processorname = ?").param(projection.shadowProcessor()).update();
    }

    private Projection projection(String group) {
        return projections.find(group).orElseThrow(() -> new NotFoundException(group));
    }

    private static long lowest(Map<Integer, TrackingToken> tokens) {
        return tokens.values().stream().map(TokenPositions::position)
                .mapToLong(position -> position == null ? 0 : position).min().orElse(0);
    }

    @Override
    public synchronized void start() {
        resumeOpenRebuilds();
        indexBuilders = Executors.newCachedThreadPool(RebuildProcessors.threads("projection-rebuild-indexes"));
        monitor = Executors.newSingleThreadScheduledExecutor(RebuildProcessors.threads("projection-rebuild-monitor"));
        monitor.scheduleWithFixedDelay(this::check, checkInterval.toMillis(), checkInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = monitor;
        if (current != null) {
            current.shutdownNow();
            try {
                current.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            running.values().forEach(Rebuild::close);
            running.clear();
            monitor = null;
            if (indexBuilders != null) {
                indexBuilders.shutdownNow();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return monitor != null;
    }

    /** Started after the projections' processors, stopped before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
