package kg.mektep.birikme.standalone.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.management.GcInfo;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kg.mektep.birikme.standalone.Api;
import kg.mektep.birikme.standalone.RunningApp;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The service against the limit of its own database, in one run: commands over HTTP at
 * concurrency 1, 8 and 32; single-row insert commits through plain JDBC into a table shaped like
 * the event table, on the same PostgreSQL, at the same concurrencies; read-your-write lag; start-up
 * time and memory. Prints a Markdown table and writes {@code target/benchmark/results.json} and
 * {@code results.md}. It asserts no timing: only that it measured something and nothing answered 5xx.
 *
 * <p>Run: {@code ./mvnw -B -pl standalone -am verify -Pbenchmark -Dbenchmark.mode=short} (or {@code full}).
 */
@Tag("benchmark")
class ServiceBenchmark {

    private static final int[] CONCURRENCIES = {1, 8, 32};
    /** Workers of the phase at half the top rate: enough that each sends far less often than it could. */
    private static final int PACED_WORKERS = 16;
    /** The read-your-write prober's pause between rounds while commands come at half the top rate. */
    private static final long PROBE_PAUSE_MS = 200;
    private static final Path OUTPUT = Path.of("target", "benchmark");
    /** How long the benchmark waits, after a phase, for every projection to reach the head of the log. */
    private static final long CATCH_UP_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(10);

    /** Seconds of each timed phase, and the size of the data set. */
    record Mode(String name, int warmupSeconds, int commandSeconds, int rawSeconds, int lagSeconds, int schools) {

        static Mode of(String name) {
            return switch (name) {
                case "short" -> new Mode("short", 20, 10, 3, 5, 33);
                case "full" -> new Mode("full", 30, 60, 30, 30, 100);
                default -> throw new IllegalArgumentException("benchmark.mode is short or full, not " + name);
            };
        }
    }

    private final Map<String, Object> results = new LinkedHashMap<>();

    @Test
    @SuppressWarnings("unchecked")
    void measure() throws Exception {
        Mode mode = Mode.of(System.getProperty("benchmark.mode", "short"));
        BenchmarkDatabase store = BenchmarkDatabase.fresh("postgres");

        results.put("mode", mode.name());
        results.put("startedAt", Instant.now().toString());
        results.put("machine", machine());

        long startCalled = System.nanoTime();
        RunningApp first = store.start();
        long firstStart = System.nanoTime() - startCalled;
        first.close();
        startCalled = System.nanoTime();
        try (RunningApp app = store.start()) {
            long restart = System.nanoTime() - startCalled;
            Map<String, Object> footprint = new LinkedHashMap<>();
            footprint.put("note", "the application runs in the benchmark's JVM: memory is that JVM's, HTTP clients included");
            footprint.put("firstStartToReadyMs", Samples.millis(firstStart));
            footprint.put("firstStartIncludes", BenchmarkDatabase.external()
                    ? "Flyway migrations of an empty database, Spring context"
                    : "initdb of a fresh data directory, PostgreSQL start, Flyway migrations, Spring context");
            footprint.put("restartToReadyMs", Samples.millis(restart));
            footprint.put("afterStart", MemorySample.take("after start").asMap());
            results.put("footprint", footprint);

            HikariDataSource pool = (HikariDataSource) app.bean(DataSource.class);
            Map<String, Object> database = database(pool);
            results.put("database", database);
            assertThat(database.get("fsync")).as("figures are taken with fsync on").isEqualTo("on");
            assertThat(database.get("synchronous_commit")).as("figures are taken with synchronous_commit on").isEqualTo("on");

            Api admin = app.admin();
            long prepared = System.nanoTime();
            List<Workload> workloads = prepareSchools(admin, mode.schools());
            Map<String, Object> dataSet = new LinkedHashMap<>();
            dataSet.put("schools", mode.schools());
            dataSet.put("associationsPerSchool", 2);
            dataSet.put("membersOfTheWorkersAssociation", "4 to 12 (4 + school index mod 9)");
            dataSet.put("preparationSeconds", Samples.millis(System.nanoTime() - prepared) / 1000);
            dataSet.put("eventsAfterPreparation", lastEvent(pool));
            results.put("dataSet", dataSet);
            System.gc();
            Thread.sleep(1000);
            footprint.put("atRestAfterPreparation", MemorySample.take("at rest").asMap());

            // The peer: the same load on the same kind of store, with Axon's default processors. It is
            // prepared and warmed up before either is measured, and the two take turns phase by phase,
            // so that neither is measured in a JVM the other has warmed up more.
            List<Map<String, Object>> commandPhases = new ArrayList<>();
            List<Map<String, Object>> peerPhases = new ArrayList<>();
            List<String> order = new ArrayList<>();
            BenchmarkDatabase peerStore = BenchmarkDatabase.fresh("peer-postgres");
            try (RunningApp peer = peerStore.start("--birikme.projections.processors=axon-defaults")) {
                Api peerAdmin = peer.admin();
                List<Workload> peerWorkloads = prepareSchools(peerAdmin, mode.schools());
                DataSource peerPool = peer.bean(DataSource.class);
                int warmUpWorkers = Math.max(CONCURRENCIES[CONCURRENCIES.length - 1], 8);
                runCommands(workloads, warmUpWorkers, mode.warmupSeconds(), null);
                awaitProjections(admin);
                runCommands(peerWorkloads, warmUpWorkers, mode.warmupSeconds(), null);
                awaitProjections(peerAdmin);

                for (int i = 0; i < CONCURRENCIES.length; i++) {
                    int concurrency = CONCURRENCIES[i];
                    boolean peerFirst = i % 2 == 0;
                    order.add(concurrency + ": " + (peerFirst ? "peer, then ours" : "ours, then peer"));
                    if (peerFirst) {
                        peerPhases.add(measuredPhase(peerWorkloads, peerAdmin, peerPool, concurrency, mode.commandSeconds()));
                    }
                    commandPhases.add(measuredPhase(workloads, admin, pool, concurrency, mode.commandSeconds()));
                    if (!peerFirst) {
                        peerPhases.add(measuredPhase(peerWorkloads, peerAdmin, peerPool, concurrency, mode.commandSeconds()));
                    }
                }
                results.put("commands", commandPhases);
            }

            // Memory under load, the peer gone: ours alone at the highest concurrency once more.
            System.gc();
            Thread.sleep(1000);
            int most = CONCURRENCIES[CONCURRENCIES.length - 1];
            Map<String, Object> alone = measuredPhase(workloads, admin, pool, most, mode.commandSeconds());
            Map<String, Object> underLoad = new LinkedHashMap<>();
            underLoad.put("concurrency", most);
            underLoad.put("seconds", mode.commandSeconds());
            underLoad.put("commandsPerSecond", alone.get("commandsPerSecond"));
            underLoad.put("memory", alone.get("memoryUnderLoad"));
            footprint.put("underLoadAlone", underLoad);

            // The design's latency target is at half the top rate: commands offered at that rate.
            double topRate = commandPhases.stream().mapToDouble(phase -> (double) phase.get("commandsPerSecond"))
                    .max().orElse(0);
            Recorder paced = runPaced(workloads, PACED_WORKERS, topRate / 2, mode.commandSeconds());
            Map<String, Object> halfRate = new LinkedHashMap<>();
            halfRate.put("topCommandsPerSecond", topRate);
            halfRate.put("offeredCommandsPerSecond", Math.round(topRate / 2 * 10) / 10.0);
            halfRate.put("workers", PACED_WORKERS);
            halfRate.put("seconds", mode.commandSeconds());
            halfRate.put("commandsPerSecond", perSecond(paced.succeeded, mode.commandSeconds()));
            halfRate.put("latencyFromDueTime", paced.all.summary());
            halfRate.put("errors", paced.errors);
            halfRate.put("projections", awaitProjections(admin));
            results.put("halfTopRate", halfRate);

            Map<String, Object> raw = rawCommits(pool, mode.rawSeconds());
            results.put("rawCommits", raw);
            Map<String, Object> floor = httpFloor(pool, mode.rawSeconds());
            results.put("httpFloor", floor);
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE bench_raw_event");
            }

            // One prober reads its own writes, alone, while 8 workers send commands as fast as they can, and
            // while commands come at half the top rate (as in the phase above; the prober pausing
            // PROBE_PAUSE_MS between its rounds): polling without ?after=, then waiting with it.
            Workload prober = workloads.get(workloads.size() - 1);
            List<Map<String, Object>> lagPhases = new ArrayList<>();
            for (boolean withAfter : new boolean[] {false, true}) {
                for (String background : new String[] {"none", "8 workers", "half top rate"}) {
                    Recorder lag;
                    Map<String, Object> phase = new LinkedHashMap<>();
                    phase.put("read", withAfter ? "once with ?after=" : "again and again without ?after=");
                    if (background.equals("half top rate")) {
                        lag = runPaced(workloads, PACED_WORKERS, topRate / 2, mode.lagSeconds(), recorder -> {
                            prober.probe(recorder, withAfter);
                            pause(PROBE_PAUSE_MS);
                        });
                        phase.put("alongside", PACED_WORKERS + " workers offering " + Math.round(topRate / 2 * 10) / 10.0
                                + " commands/s (half the top rate); the prober pauses " + PROBE_PAUSE_MS + " ms between rounds");
                        phase.put("commandsPerSecond", perSecond(lag.succeeded, mode.lagSeconds()));
                    } else {
                        int load = background.equals("none") ? 0 : 8;
                        lag = runCommands(workloads.subList(0, Math.min(load, workloads.size() - 1)), load, mode.lagSeconds(),
                                recorder -> prober.probe(recorder, withAfter));
                        phase.put("alongside", load == 0 ? "nothing" : load + " workers, each as fast as it can");
                        phase.put("commandsPerSecond", perSecond(lag.succeeded, mode.lagSeconds()));
                    }
                    phase.put("seconds", mode.lagSeconds());
                    phase.put("lag", lag.lag.summary());
                    phase.put("notVisibleWithin10s", lag.lagTimeouts);
                    if (withAfter) {
                        phase.put("afterAnswersWithoutTheChange", lag.afterAnswersWithoutTheChange);
                    }
                    lagPhases.add(phase);
                }
            }
            results.put("readYourWriteLag", lagPhases);

            List<Map<String, Object>> ratios = new ArrayList<>();
            List<Map<String, Object>> peerRatios = new ArrayList<>();
            for (int i = 0; i < CONCURRENCIES.length; i++) {
                double service = (double) commandPhases.get(i).get("commandsPerSecond");
                double commits = (double) ((List<Map<String, Object>>) raw.get("phases")).get(i).get("commitsPerSecond");
                double floorRequests = (double) ((List<Map<String, Object>>) floor.get("phases")).get(i)
                        .get("requestsPerSecond");
                ratios.add(Map.of("concurrency", CONCURRENCIES[i],
                        "serviceCommandsPerRawCommit", share(service, commits),
                        "floorRequestsPerRawCommit", share(floorRequests, commits),
                        "serviceCommandsPerFloorRequest", share(service, floorRequests)));
                Map<String, Object> ratio = new LinkedHashMap<>();
                ratio.put("concurrency", CONCURRENCIES[i]);
                ratio.put("oursPerPeer", ratio(commandPhases.get(i), peerPhases.get(i), "commandsPerSecond"));
                ratio.put("oursPerPeerSustained",
                        ratio(commandPhases.get(i), peerPhases.get(i), "sustainedCommandsPerSecond"));
                peerRatios.add(ratio);
            }
            results.put("ratio", ratios);
            Map<String, Object> peerResults = new LinkedHashMap<>();
            peerResults.put("configuration", "birikme.projections.processors=axon-defaults: tracking event processors,"
                    + " one segment, batch size 1 (Axon's defaults); the JDBC storage engine kept (see README)");
            peerResults.put("order", "both prepared and warmed up before either was measured; at concurrency "
                    + String.join("; ", order) + ". Each application stays resident, idle, in the same JVM while the"
                    + " other is measured, so the memory of these phases includes the other; the footprint's"
                    + " underLoadAlone is measured after the peer was closed");
            peerResults.put("commands", peerPhases);
            peerResults.put("ratio", peerRatios);
            results.put("peer", peerResults);
            results.put("finishedAt", Instant.now().toString());

            String markdown = markdown();
            System.out.println(markdown);
            Files.writeString(OUTPUT.resolve("results.md"), markdown);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(OUTPUT.resolve("results.json").toFile(), results);

            for (Map<String, Object> phase : commandPhases) {
                assertThat((double) phase.get("commandsPerSecond")).as("commands measured").isPositive();
                assertNoServerErrors((Map<String, Integer>) phase.get("errors"), "command");
            }
            for (Map<String, Object> phase : (List<Map<String, Object>>) raw.get("phases")) {
                assertThat((double) phase.get("commitsPerSecond")).as("raw commits measured").isPositive();
            }
            for (Map<String, Object> phase : (List<Map<String, Object>>) floor.get("phases")) {
                assertThat((double) phase.get("requestsPerSecond")).as("HTTP floor measured").isPositive();
                assertNoServerErrors((Map<String, Integer>) phase.get("errors"), "request of the HTTP floor");
            }
            assertThat((double) halfRate.get("commandsPerSecond")).as("commands measured at half the top rate").isPositive();
            assertNoServerErrors((Map<String, Integer>) halfRate.get("errors"), "command at half the top rate");
            for (Map<String, Object> phase : peerPhases) {
                assertThat((double) phase.get("commandsPerSecond")).as("peer commands measured").isPositive();
            }
            for (Map<String, Object> phase : lagPhases) {
                assertThat((int) ((Map<String, Object>) phase.get("lag")).get("count")).as("read-your-write lag measured")
                        .isPositive();
                assertThat(phase.getOrDefault("afterAnswersWithoutTheChange", 0))
                        .as("a read with ?after= shows the change of the command that answered that position").isEqualTo(0);
            }
        }
    }

    /**
     * One timed phase of one application: its commands, the memory meanwhile, and how long its
     * projections took to catch up afterwards.
     */
    private static Map<String, Object> measuredPhase(List<Workload> workloads, Api admin, DataSource pool,
                                                     int concurrency, int seconds) throws Exception {
        long eventsBefore = lastEvent(pool);
        MemorySampler sampler = MemorySampler.start();
        Recorder recorder = runCommands(workloads, concurrency, seconds, null);
        List<MemorySample> samples = sampler.stop();
        long events = lastEvent(pool) - eventsBefore;
        Map<String, Object> phase = commandPhase(concurrency, seconds, recorder, events, awaitProjections(admin));
        phase.put("memoryUnderLoad", MemorySample.peak(samples));
        return phase;
    }

    /** Runs {@code concurrency} workers, each on its own school, for the given time; a prober, if any, on one more thread. */
    private static Recorder runCommands(List<Workload> workloads, int concurrency, int seconds, Consumer<Recorder> prober)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency + 1);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<Recorder>> running = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Workload workload = workloads.get(i);
            running.add(pool.submit(() -> loop(deadline, workload::next)));
        }
        if (prober != null) {
            running.add(pool.submit(() -> loop(deadline, prober)));
        }
        return merged(pool, running);
    }

    /** The data set of one application: each school with 4 + (its index mod 9) members in the workers' association. */
    private static List<Workload> prepareSchools(Api admin, int schools) {
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < schools; i++) {
            workloads.add(Workload.prepare(admin, i, 4 + i % 9));
        }
        return workloads;
    }

    /**
     * Commands offered at a fixed total rate: each worker, on its own school, sends on a schedule of
     * its own (staggered, {@code rate ÷ workers} per second) whatever the answers' pace, and a
     * command's latency counts from the time it was due, so that a service falling behind its
     * schedule is not measured only by the commands it managed to take.
     */
    private static Recorder runPaced(List<Workload> workloads, int workers, double rate, int seconds)
            throws Exception {
        return runPaced(workloads, workers, rate, seconds, null);
    }

    /** As above, with a prober, if any, on one more thread, as often as it will. */
    private static Recorder runPaced(List<Workload> workloads, int workers, double rate, int seconds,
                                     Consumer<Recorder> prober) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers + 1);
        long interval = (long) (workers * 1e9 / Math.max(rate, 1));
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long deadline = start + seconds * 1_000_000_000L;
        List<Future<Recorder>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Workload workload = workloads.get(i);
            long first = start + i * interval / workers;
            running.add(pool.submit(() -> {
                Recorder recorder = new Recorder();
                for (long due = first; due < deadline; due += interval) {
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    recorder.lateness = Math.max(0, System.nanoTime() - due);
                    workload.next(recorder);
                }
                recorder.lateness = 0;
                return recorder;
            }));
        }
        if (prober != null) {
            running.add(pool.submit(() -> loop(deadline, prober)));
        }
        return merged(pool, running);
    }

    /** What every worker of a phase recorded, together, once all have finished. */
    private static Recorder merged(ExecutorService pool, List<Future<Recorder>> running) throws Exception {
        Recorder total = new Recorder();
        for (Future<Recorder> worker : running) {
            total.merge(worker.get());
        }
        pool.shutdown();
        return total;
    }

    /** Count per second, to one decimal. */
    private static double perSecond(long count, double seconds) {
        return Math.round(count * 10.0 / seconds) / 10.0;
    }

    private static void assertNoServerErrors(Map<String, Integer> errors, String what) {
        assertThat(errors.keySet()).as("no " + what + " answered 5xx or failed on the wire")
                .noneMatch(k -> k.startsWith("5") || k.startsWith("exception"));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Recorder loop(long deadline, Consumer<Recorder> step) {
        Recorder recorder = new Recorder();
        while (System.nanoTime() < deadline) {
            step.accept(recorder);
        }
        return recorder;
    }

    private static double ratio(Map<String, Object> ours, Map<String, Object> theirs, String figure) {
        return share((double) ours.get(figure), (double) theirs.get(figure));
    }

    /** {@code part ÷ whole} to three decimals; 0 when there is no whole. */
    private static double share(double part, double whole) {
        return whole == 0 ? 0 : Math.round(part / whole * 1000) / 1000.0;
    }

    /**
     * Once the load stops: how many events the furthest-behind projection had still to handle, and how
     * long every projection took to reach the head of the log, as the administrator's API reports them.
     */
    private static Map<String, Object> awaitProjections(Api admin) throws InterruptedException {
        long stopped = System.nanoTime();
        Long behindWhenStopped = null;
        while (true) {
            long behind = furthestBehind(admin);
            if (behindWhenStopped == null) {
                behindWhenStopped = behind;
            }
            boolean caughtUp = behind <= 0;
            if (caughtUp || System.nanoTime() - stopped > CATCH_UP_LIMIT_NANOS) {
                Map<String, Object> projections = new LinkedHashMap<>();
                projections.put("behindWhenTheLoadStopped", behindWhenStopped);
                projections.put("secondsUntilAllCaughtUp",
                        caughtUp ? Math.round(Samples.millis(System.nanoTime() - stopped)) / 1000.0 : null);
                return projections;
            }
            Thread.sleep(50);
        }
    }

    /** Events between the head of the log and the position of the projection furthest behind it. */
    private static long furthestBehind(Api admin) {
        Api.Response answer = admin.get("/api/admin/projections");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        long furthest = 0;
        for (JsonNode projection : answer.json()) {
            furthest = Math.max(furthest, projection.get("head").asLong() - projection.get("position").asLong());
        }
        return furthest;
    }

    private static Map<String, Object> commandPhase(int concurrency, int seconds, Recorder recorder, long events,
                                                    Map<String, Object> projections) {
        Map<String, Object> phase = new LinkedHashMap<>();
        phase.put("concurrency", concurrency);
        phase.put("seconds", seconds);
        phase.put("succeeded", recorder.succeeded);
        phase.put("failed", recorder.failed());
        phase.put("commandsPerSecond", perSecond(recorder.succeeded, seconds));
        phase.put("projections", projections);
        Object caughtUp = projections.get("secondsUntilAllCaughtUp");
        phase.put("sustainedCommandsPerSecond", caughtUp == null ? 0.0
                : perSecond(recorder.succeeded, seconds + (double) caughtUp));
        phase.put("events", events);
        phase.put("eventsPerSecond", perSecond(events, seconds));
        phase.put("latency", recorder.all.summary());
        Map<String, Object> byKind = new LinkedHashMap<>();
        recorder.byKind.forEach((kind, samples) -> byKind.put(kind, samples.summary()));
        phase.put("latencyByCommand", byKind);
        phase.put("errors", recorder.errors);
        return phase;
    }

    /**
     * Single-row INSERT, each its own commit (autocommit), into {@code bench_raw_event} — created
     * {@code LIKE domainevententry INCLUDING ALL} — on one plain JDBC connection per thread.
     * Payload and metadata have the average size of the service's events so far. The table stays for
     * the {@link #httpFloor HTTP floor}; the caller drops it.
     */
    private static Map<String, Object> rawCommits(HikariDataSource pool, int seconds) throws Exception {
        int payloadBytes;
        int metadataBytes;
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_raw_event");
            statement.execute("CREATE TABLE bench_raw_event (LIKE domainevententry INCLUDING ALL)");
            try (ResultSet sizes = statement.executeQuery(
                    "SELECT avg(length(payload))::int, coalesce(avg(length(metadata))::int, 0) FROM domainevententry")) {
                sizes.next();
                payloadBytes = sizes.getInt(1);
                metadataBytes = sizes.getInt(2);
            }
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("table", "bench_raw_event (LIKE domainevententry INCLUDING ALL), in the service's database");
        raw.put("operation", "one INSERT of one row per transaction (autocommit), one JDBC connection per thread");
        raw.put("payloadBytes", payloadBytes);
        raw.put("metadataBytes", metadataBytes);
        List<Map<String, Object>> phases = new ArrayList<>();
        for (int concurrency : CONCURRENCIES) {
            phases.add(closedLoop(concurrency, seconds, "commits",
                    deadline -> insertUntil(deadline, pool, payloadBytes, metadataBytes)));
        }
        raw.put("phases", phases);
        return raw;
    }

    /** What one thread of a closed-loop phase does until the deadline (a {@link System#nanoTime} value). */
    private interface Worker {
        Recorder runUntil(long deadline) throws Exception;
    }

    /**
     * {@code concurrency} threads, each running the worker for the given time; the phase's figures,
     * successes counted as {@code counted} (and {@code counted} + "PerSecond").
     */
    private static Map<String, Object> closedLoop(int concurrency, int seconds, String counted, Worker worker)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<Recorder>> running = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            running.add(threads.submit(() -> worker.runUntil(deadline)));
        }
        Recorder total = merged(threads, running);
        Map<String, Object> phase = new LinkedHashMap<>();
        phase.put("concurrency", concurrency);
        phase.put("seconds", seconds);
        phase.put(counted, total.succeeded);
        phase.put(counted + "PerSecond", perSecond(total.succeeded, seconds));
        phase.put("latency", total.all.summary());
        phase.put("errors", total.errors);
        return phase;
    }

    /**
     * The same kind of commit behind the bare HTTP endpoint of {@link HttpFloor}, started in this JVM
     * beside the idle service, while {@code bench_raw_event} is still there: 1, 8 and 32 workers, each
     * sending a command's JSON body and waiting for the answer, after a warm-up as long as a phase at 32.
     */
    private static Map<String, Object> httpFloor(HikariDataSource pool, int seconds) throws Exception {
        Map<String, Object> floor = new LinkedHashMap<>();
        floor.put("endpoint", "POST /floor of a bare Spring MVC application in this JVM (Tomcat, Jackson, HikariCP"
                + " pool of " + pool.getMaximumPoolSize() + "): the command's JSON body read and written as one row"
                + " of bench_raw_event, committed, 201 with the row's id; no sign-in, rules, aggregate or projection");
        List<Map<String, Object>> phases = new ArrayList<>();
        try (HttpFloor.Running running = HttpFloor.start(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword(), pool.getMaximumPoolSize())) {
            Api client = Api.onLocalPort(running.port());
            Map<String, Object> command = Map.of("date", "2026-09-11", "agenda", List.of("Ачык сабактардын жыйынтыгы"));
            Worker sender = deadline -> loop(deadline, recorder -> {
                long started = System.nanoTime();
                try {
                    Api.Response answer = client.post("/floor", command);
                    recorder.answered("floor", System.nanoTime() - started, answer.status() == 201,
                            String.valueOf(answer.status()));
                } catch (RuntimeException e) {
                    recorder.answered("floor", System.nanoTime() - started, false,
                            "exception " + e.getClass().getSimpleName());
                }
            });
            closedLoop(CONCURRENCIES[CONCURRENCIES.length - 1], seconds, "requests", sender);
            for (int concurrency : CONCURRENCIES) {
                phases.add(closedLoop(concurrency, seconds, "requests", sender));
            }
        }
        floor.put("phases", phases);
        return floor;
    }

    private static Recorder insertUntil(long deadline, HikariDataSource pool, int payloadBytes, int metadataBytes)
            throws SQLException {
        Recorder recorder = new Recorder();
        String aggregate = UUID.randomUUID().toString();
        byte[] payload = new byte[payloadBytes];
        byte[] metadata = new byte[metadataBytes];
        try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword());
             PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_raw_event (aggregateidentifier,"
                     + " sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)"
                     + " VALUES (?, ?, 'Association', ?, ?, ?, NULL, 'kg.mektep.birikme.api.association.MemberAddedEvent', ?)")) {
            connection.setAutoCommit(true);
            long sequence = 0;
            while (System.nanoTime() < deadline) {
                ThreadLocalRandom.current().nextBytes(payload);
                insert.setString(1, aggregate);
                insert.setLong(2, sequence++);
                insert.setString(3, IdentifierFactory.getInstance().generateIdentifier());
                insert.setBytes(4, metadata);
                insert.setBytes(5, payload);
                insert.setString(6, Instant.now().toString());
                long started = System.nanoTime();
                try {
                    insert.executeUpdate();
                    recorder.answered("insert", System.nanoTime() - started, true, null);
                } catch (SQLException e) {
                    recorder.answered("insert", System.nanoTime() - started, false, "SQLState " + e.getSQLState());
                }
            }
        }
        return recorder;
    }

    private static long lastEvent(DataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet last = statement.executeQuery("SELECT coalesce(max(globalindex), 0) FROM domainevententry")) {
            last.next();
            return last.getLong(1);
        }
    }

    private static Map<String, Object> database(DataSource pool) throws SQLException {
        Map<String, Object> database = new LinkedHashMap<>();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String setting : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes",
                    "wal_sync_method", "shared_buffers", "max_connections")) {
                try (ResultSet value = statement.executeQuery("SHOW " + setting)) {
                    value.next();
                    database.put(setting, value.getString(1));
                }
            }
        }
        database.put("servicePoolSize", ((HikariDataSource) pool).getMaximumPoolSize());
        return database;
    }

    private static Map<String, Object> machine() throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memTotal", procLine("/proc/meminfo", "MemTotal:"));
        machine.put("cpu", procLine("/proc/cpuinfo", "model name"));
        machine.put("loadAverageAtStart", Files.exists(Path.of("/proc/loadavg"))
                ? Files.readString(Path.of("/proc/loadavg")).trim() : "unknown");
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("postgres", BenchmarkDatabase.where());
        machine.put("springBoot", org.springframework.boot.SpringBootVersion.getVersion());
        machine.put("axon", org.axonframework.config.Configurer.class.getPackage().getImplementationVersion());
        return machine;
    }

    static String procLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(prefix))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String caughtUp(Map<String, Object> projections) {
        Object seconds = projections.get("secondsUntilAllCaughtUp");
        return seconds == null ? "not within 10 min" : seconds.toString();
    }

    @SuppressWarnings("unchecked")
    private String markdown() {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        Map<String, Object> database = (Map<String, Object>) results.get("database");
        md.append("## Benchmark (").append(results.get("mode")).append(" mode, ").append(results.get("startedAt")).append(")\n\n");
        md.append("Machine: ").append(machine.get("cores")).append(" cores, ").append(machine.get("memTotal"))
                .append(" memory, ").append(machine.get("cpu")).append("; load average at start ")
                .append(machine.get("loadAverageAtStart")).append(". ").append(machine.get("java"))
                .append(", Spring Boot ").append(machine.get("springBoot")).append(", Axon ").append(machine.get("axon"))
                .append(", PostgreSQL ").append(database.get("server_version")).append(" (")
                .append(machine.get("postgres")).append(").\n");
        md.append("Settings: fsync=").append(database.get("fsync")).append(", synchronous_commit=")
                .append(database.get("synchronous_commit")).append(", full_page_writes=").append(database.get("full_page_writes"))
                .append(", wal_sync_method=").append(database.get("wal_sync_method")).append("; service connection pool ")
                .append(database.get("servicePoolSize")).append(".\n");
        Map<String, Object> dataSet = (Map<String, Object>) results.get("dataSet");
        md.append("Data set: ").append(dataSet.get("schools")).append(" schools, ").append(dataSet.get("associationsPerSchool"))
                .append(" associations each (").append(dataSet.get("membersOfTheWorkersAssociation")).append(" members), ")
                .append(dataSet.get("eventsAfterPreparation")).append(" events before timing.\n\n");

        md.append("| concurrency | service commands/s | events/s | p50 ms | p95 ms | p99 ms | max ms | errors | raw commits/s | raw p50 ms | raw p99 ms | ratio |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
        List<Map<String, Object>> commands = (List<Map<String, Object>>) results.get("commands");
        List<Map<String, Object>> raw = (List<Map<String, Object>>) ((Map<String, Object>) results.get("rawCommits")).get("phases");
        List<Map<String, Object>> ratios = (List<Map<String, Object>>) results.get("ratio");
        for (int i = 0; i < commands.size(); i++) {
            Map<String, Object> c = commands.get(i);
            Map<String, Object> latency = (Map<String, Object>) c.get("latency");
            Map<String, Object> r = raw.get(i);
            Map<String, Object> rawLatency = (Map<String, Object>) r.get("latency");
            Map<String, Integer> errors = (Map<String, Integer>) c.get("errors");
            md.append("| ").append(c.get("concurrency")).append(" | ").append(c.get("commandsPerSecond"))
                    .append(" | ").append(c.get("eventsPerSecond"))
                    .append(" | ").append(latency.get("p50Ms")).append(" | ").append(latency.get("p95Ms"))
                    .append(" | ").append(latency.get("p99Ms")).append(" | ").append(latency.get("maxMs"))
                    .append(" | ").append(errors.isEmpty() ? "none" : errors.toString())
                    .append(" | ").append(r.get("commitsPerSecond")).append(" | ").append(rawLatency.get("p50Ms"))
                    .append(" | ").append(rawLatency.get("p99Ms"))
                    .append(" | ").append(ratios.get(i).get("serviceCommandsPerRawCommit")).append(" |\n");
        }
        Map<String, Object> floor = (Map<String, Object>) results.get("httpFloor");
        md.append("\nThe HTTP floor: ").append(floor.get("endpoint")).append(".\n\n")
                .append("| concurrency | floor requests/s | floor p50 ms | floor p99 ms | floor ÷ raw commits"
                        + " | service commands ÷ floor requests |\n|---:|---:|---:|---:|---:|---:|\n");
        List<Map<String, Object>> floorPhases = (List<Map<String, Object>>) floor.get("phases");
        for (int i = 0; i < floorPhases.size(); i++) {
            md.append(phaseRow(floorPhases.get(i), "requestsPerSecond", ratios.get(i).get("floorRequestsPerRawCommit"),
                    ratios.get(i).get("serviceCommandsPerFloorRequest")));
        }
        Map<String, Object> halfRate = (Map<String, Object>) results.get("halfTopRate");
        if (halfRate != null) {
            Map<String, Object> latency = (Map<String, Object>) halfRate.get("latencyFromDueTime");
            Map<String, Integer> errors = (Map<String, Integer>) halfRate.get("errors");
            md.append("\nAt half the top rate: ").append(halfRate.get("offeredCommandsPerSecond"))
                    .append(" commands/s offered by ").append(halfRate.get("workers"))
                    .append(" workers on fixed schedules, latency counted from each command's due time.\n\n")
                    .append("| offered commands/s | answered commands/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n")
                    .append("|---:|---:|---:|---:|---:|---:|---|\n")
                    .append("| ").append(halfRate.get("offeredCommandsPerSecond")).append(" | ")
                    .append(halfRate.get("commandsPerSecond")).append(" | ").append(latency.get("p50Ms"))
                    .append(" | ").append(latency.get("p95Ms")).append(" | ").append(latency.get("p99Ms"))
                    .append(" | ").append(latency.get("maxMs")).append(" | ")
                    .append(errors.isEmpty() ? "none" : errors.toString()).append(" |\n");
        }
        Map<String, Object> peer = (Map<String, Object>) results.get("peer");
        if (peer != null) {
            md.append("\nThe peer: ").append(peer.get("configuration")).append(". Order: ").append(peer.get("order"))
                    .append(".\n\n");
            md.append("| concurrency | peer commands/s | peer p50 ms | peer p99 ms | ours ÷ peer |\n|---:|---:|---:|---:|---:|\n");
            List<Map<String, Object>> peerCommands = (List<Map<String, Object>>) peer.get("commands");
            List<Map<String, Object>> peerRatios = (List<Map<String, Object>>) peer.get("ratio");
            for (int i = 0; i < peerCommands.size(); i++) {
                md.append(phaseRow(peerCommands.get(i), "commandsPerSecond", peerRatios.get(i).get("oursPerPeer")));
            }
            md.append("\nAfter each phase, until every projection has handled every event (as `GET /api/admin/projections`"
                    + " reports); sustained = commands ÷ (phase seconds + seconds until caught up).\n\n");
            md.append("| concurrency | ours: events behind when the load stopped | ours: caught up after s"
                    + " | ours: sustained commands/s | peer: events behind | peer: caught up after s"
                    + " | peer: sustained commands/s | ours ÷ peer, sustained |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (int i = 0; i < peerCommands.size(); i++) {
                Map<String, Object> ours = commands.get(i);
                Map<String, Object> theirs = peerCommands.get(i);
                Map<String, Object> ourProjections = (Map<String, Object>) ours.get("projections");
                Map<String, Object> theirProjections = (Map<String, Object>) theirs.get("projections");
                md.append("| ").append(ours.get("concurrency"))
                        .append(" | ").append(ourProjections.get("behindWhenTheLoadStopped"))
                        .append(" | ").append(caughtUp(ourProjections))
                        .append(" | ").append(ours.get("sustainedCommandsPerSecond"))
                        .append(" | ").append(theirProjections.get("behindWhenTheLoadStopped"))
                        .append(" | ").append(caughtUp(theirProjections))
                        .append(" | ").append(theirs.get("sustainedCommandsPerSecond"))
                        .append(" | ").append(peerRatios.get(i).get("oursPerPeerSustained")).append(" |\n");
            }
        }
        md.append("\n| read-your-write lag: the director reads | alongside | commands/s | samples | p50 ms | p99 ms | max ms | not visible in 10 s | answers with ?after= without the change |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> lag : (List<Map<String, Object>>) results.get("readYourWriteLag")) {
            Map<String, Object> summary = (Map<String, Object>) lag.get("lag");
            md.append("| ").append(lag.get("read")).append(" | ").append(lag.get("alongside")).append(" | ")
                    .append(lag.get("commandsPerSecond")).append(" | ")
                    .append(summary.get("count")).append(" | ").append(summary.get("p50Ms")).append(" | ")
                    .append(summary.get("p99Ms")).append(" | ").append(summary.get("maxMs")).append(" | ")
                    .append(lag.get("notVisibleWithin10s")).append(" | ")
                    .append(lag.getOrDefault("afterAnswersWithoutTheChange", "")).append(" |\n");
        }
        Map<String, Object> footprint = (Map<String, Object>) results.get("footprint");
        md.append("\n| footprint (one JVM: service, embedded-PostgreSQL driver and benchmark clients) | value |\n|---|---:|\n");
        md.append("| first start to ready (fresh data directory: initdb, migrations) | ")
                .append(footprint.get("firstStartToReadyMs")).append(" ms |\n");
        md.append("| restart to ready | ").append(footprint.get("restartToReadyMs")).append(" ms |\n");
        Map<String, Object> rest = (Map<String, Object>) footprint.get("atRestAfterPreparation");
        md.append("| JVM resident memory at rest (after preparation and GC) | ").append(rest.get("rssMb")).append(" MB |\n");
        md.append("| heap used at rest | ").append(rest.get("heapUsedMb")).append(" MB |\n");
        for (Map<String, Object> c : commands) {
            md.append(memoryRow("peak at concurrency " + c.get("concurrency") + ", the peer resident and idle",
                    (Map<String, Object>) c.get("memoryUnderLoad")));
        }
        Map<String, Object> alone = (Map<String, Object>) footprint.get("underLoadAlone");
        md.append(memoryRow("peak at concurrency " + alone.get("concurrency") + ", the peer closed ("
                + alone.get("commandsPerSecond") + " commands/s)", (Map<String, Object>) alone.get("memory")));
        md.append("\nPostgreSQL runs in its own processes; their memory is not in these figures.\n");
        return md.toString();
    }

    /** A table row of a phase: its concurrency, its figure {@code rate}, p50 and p99 latency, then the given values. */
    @SuppressWarnings("unchecked")
    private static String phaseRow(Map<String, Object> phase, String rate, Object... more) {
        Map<String, Object> latency = (Map<String, Object>) phase.get("latency");
        StringBuilder row = new StringBuilder("| ").append(phase.get("concurrency")).append(" | ")
                .append(phase.get(rate)).append(" | ").append(latency.get("p50Ms")).append(" | ")
                .append(latency.get("p99Ms"));
        for (Object value : more) {
            row.append(" | ").append(value);
        }
        return row.append(" |\n").toString();
    }

    private static String memoryRow(String when, Map<String, Object> peak) {
        return "| JVM resident memory / heap used / heap after the last GC, " + when + " | " + peak.get("rssMb")
                + " MB / " + peak.get("heapUsedMb") + " MB / " + peak.get("heapAfterLastGcMb") + " MB |\n";
    }

    /**
     * In MB: resident memory, heap in use (live objects and garbage not yet collected, so it rises and falls
     * with the collector's rhythm), and heap in use right after the last garbage collection (what the
     * collector could not free: the measure of what the service needs).
     */
    record MemorySample(String when, long rssMb, long heapUsedMb, long heapAfterLastGcMb) {

        static MemorySample take(String when) {
            String rss = procLine("/proc/self/status", "VmRSS:");
            long rssKb = rss.endsWith("kB") ? Long.parseLong(rss.replace("kB", "").trim()) : -1;
            Runtime runtime = Runtime.getRuntime();
            long afterGc = heapAfterLastGc();
            return new MemorySample(when, rssKb < 0 ? -1 : rssKb / 1024,
                    (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024),
                    afterGc < 0 ? -1 : afterGc / (1024 * 1024));
        }

        /** Bytes of heap in use when the most recent collection (of any collector) ended; -1 before the first. */
        private static long heapAfterLastGc() {
            GcInfo last = null;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof com.sun.management.GarbageCollectorMXBean hotspot) {
                    GcInfo info = hotspot.getLastGcInfo();
                    if (info != null && (last == null || info.getEndTime() > last.getEndTime())) {
                        last = info;
                    }
                }
            }
            if (last == null) {
                return -1;
            }
            Set<String> heapPools = new HashSet<>();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            return last.getMemoryUsageAfterGc().entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed()).sum();
        }

        Map<String, Object> asMap() {
            return Map.of("rssMb", rssMb, "heapUsedMb", heapUsedMb, "heapAfterLastGcMb", heapAfterLastGcMb);
        }

        static Map<String, Object> peak(List<MemorySample> samples) {
            return Map.of("rssMb", samples.stream().mapToLong(MemorySample::rssMb).max().orElse(-1),
                    "heapUsedMb", samples.stream().mapToLong(MemorySample::heapUsedMb).max().orElse(-1),
                    "heapAfterLastGcMb", samples.stream().mapToLong(MemorySample::heapAfterLastGcMb).max().orElse(-1),
                    "samples", samples.size());
        }
    }

    /** Samples memory every 250 ms on a daemon thread. */
    static final class MemorySampler {

        private final List<MemorySample> samples = new ArrayList<>();
        private final Thread thread;
        private volatile boolean running = true;

        private MemorySampler() {
            thread = new Thread(() -> {
                while (running) {
                    synchronized (samples) {
                        samples.add(MemorySample.take("under load"));
                    }
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-sampler");
            thread.setDaemon(true);
        }

        static MemorySampler start() {
            MemorySampler sampler = new MemorySampler();
            sampler.thread.start();
            return sampler;
        }

        List<MemorySample> stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
            synchronized (samples) {
                return List.copyOf(samples);
            }
        }
    }
}
