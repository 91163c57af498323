package kg.mektep.birikme.standalone.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kg.mektep.birikme.query.consistency.ReadModelBehindException;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.standalone.Api;
import kg.mektep.birikme.standalone.RunningApp;
import kg.mektep.birikme.standalone.School;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a large history costs: well-formed events are appended by batched SQL (as if years of work had
 * been recorded), then the benchmark measures the projections building from them and rebuilding from
 * the start, the inspectors' event-log filters (first and deep page) and a full export, the state of an
 * association with 10,000 events on a date in the middle of its history, and whether appending slows
 * down once the store holds many events. Writes {@code target/benchmark/history.json} and
 * {@code history.md}; asserts no timing, only that each figure was measured.
 *
 * <p>Run with the service benchmark: {@code ./mvnw -B -pl standalone -am verify -Pbenchmark
 * -Dbenchmark.mode=short} (or {@code full}: 1,000,000 events of history, 10,000,000 stored for growth).
 */
@Tag("benchmark")
class HistoryBenchmark {

    private static final Path OUTPUT = Path.of("target", "benchmark");
    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final String EVENTS = "domainevententry";
    /** The empty table beside the event table, for the growth side by side; dropped after it. */
    private static final String TWIN = "benchmark_growth_twin";
    private static final String PROBE = "kg.mektep.birikme.benchmark.AppendProbe";

    /**
     * Events of history, events stored for the growth figure, repetitions of each timed read, seconds of
     * each append phase, and the pairs of alternating rounds (and their seconds) of the growth side by side.
     */
    record Mode(String name, int historyEvents, int growthEvents, int associationEvents, int repetitions,
                int appendSeconds, int growthPairs, int roundSeconds) {

        static Mode of(String name) {
            return switch (name) {
                case "short" -> new Mode("short", 20_000, 100_000, 10_000, 10, 5, 2, 2);
                case "full" -> new Mode("full", 1_000_000, 10_000_000, 10_000, 30, 30, 6, 10);
                default -> throw new IllegalArgumentException("benchmark.mode is short or full, not " + name);
            };
        }
    }

    private final Map<String, Object> results = new LinkedHashMap<>();

    @Test
    void measure() throws Exception {
        Mode mode = Mode.of(System.getProperty("benchmark.mode", "short"));
        BenchmarkDatabase store = BenchmarkDatabase.fresh("history-postgres");
        results.put("mode", mode.name());
        results.put("postgres", BenchmarkDatabase.where());
        results.put("startedAt", Instant.now().toString());

        // The hash chain is extended before every check; its background extension is left out of these figures.
        try (RunningApp app = store.start("--birikme.integrity.extend-every=1000h",
                "--birikme.read.await-timeout=600s")) {
            DataSource pool = app.bean(DataSource.class);
            JdbcClient jdbc = JdbcClient.create(pool);
            Api admin = app.admin();
            School school = School.register(admin, "№1 мектеп").withTeachers("Математика",
                    "Айгүл Өмүрова", "Бакыт Ңазаров", "Гүлнара Үсөнова", "Данияр Асанов", "Элмира Жаңыбаева",
                    "Жылдыз Токтоева", "Замира Бекова", "Ирина Ким", "Калыс Эсенов", "Лайлым Төрөбекова",
                    "Мирлан Ысаков", "Нургүл Алиева");
            List<String> t = school.teachers;
            Api.Response created = school.director.post(school.associations(),
                    school.association("Математика бирикмеси", "Математика", t.subList(0, 4)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            Api inspector = school.inspector("inspector", List.of(school.id));
            ReadPositions positions = app.bean(ReadPositions.class);
            List<StreamingEventProcessor> processors = app.bean(EventProcessingConfiguration.class).eventProcessors()
                    .values().stream().filter(StreamingEventProcessor.class::isInstance)
                    .map(StreamingEventProcessor.class::cast).toList();

            // 8. Growth, first half: the append rate on a nearly empty store (projections paused, so that
            // both rates are of the event table alone).
            Map<String, Object> growth = new LinkedHashMap<>();
            processors.forEach(StreamingEventProcessor::shutDown);
            growth.put("storedBefore", count(jdbc));
            // Unmeasured: the first appends of the run would also time the JIT compiling their path.
            appendRate(pool, EVENTS, mode.appendSeconds());
            removeProbes(pool);
            growth.put("settledBefore", settle(jdbc));
            growth.put("appendsPerSecondBefore", appendRate(pool, EVENTS, mode.appendSeconds()));
            removeProbes(pool);
            processors.forEach(StreamingEventProcessor::start);

            // 7. Time travel: one association with 10,000 events over a year.
            Instant start = Instant.now().minus(Duration.ofDays(365));
            // Seeded whole, its creation included: an association created through the API now would have all
            // this history dated before its creation.
            String association = IdentifierFactory.getInstance().generateIdentifier();
            long seeded = seedAssociation(pool, school.id, association, t, mode.associationEvents(), start,
                    Duration.ofDays(365));
            awaitAll(positions, head(jdbc));
            LocalDate middle = start.plus(Duration.ofDays(182)).atZone(BISHKEK).toLocalDate();
            String state = school.associations() + "/" + association + "/state?at=" + middle;
            Api.Response asOf = school.director.get(state);
            assertThat(asOf.status()).as(asOf.body()).isEqualTo(200);
            int replayed = asOf.json().get("eventsReplayed").asInt();
            assertThat(replayed).as("the middle of the history is replayed, not all of it and not none")
                    .isBetween((int) seeded / 4, (int) seeded * 3 / 4);
            Samples timeTravel = time(mode.repetitions(), () -> school.director.get(state));
            Map<String, Object> travel = new LinkedHashMap<>();
            travel.put("associationEvents", seeded + 1);
            travel.put("asOf", middle.toString());
            travel.put("eventsReplayed", replayed);
            travel.put("latency", timeTravel.summary());
            results.put("timeTravel", travel);

            // 5. History: events of many associations appended at once; the projections build from them.
            // Counted, not the highest position: positions have gaps (the append probes were removed).
            long before = count(jdbc);
            long headBeforeHistory = head(jdbc);
            long buildStarted = System.nanoTime();
            seedHistory(pool, school.id, t, (int) (mode.historyEvents() - before), start);
            long appended = System.nanoTime() - buildStarted;
            long head = head(jdbc);
            long stored = count(jdbc);
            awaitAll(positions, head);
            long built = System.nanoTime() - buildStarted - appended;
            Map<String, Object> rebuild = new LinkedHashMap<>();
            rebuild.put("eventsStored", stored);
            rebuild.put("seedSeconds", seconds(appended));
            rebuild.put("catchUpSeconds", seconds(built));
            rebuild.put("catchUpEventsPerSecond", perSecond(stored - before, built));
            long rebuildStarted = System.nanoTime();
            List<String> projections = new ArrayList<>();
            for (JsonNode projection : admin.get("/api/admin/projections").json()) {
                String name = projection.get("name").asText();
                Api.Response started = admin.post("/api/admin/projections/" + name + "/rebuild", Map.of());
                assertThat(started.status()).as(started.body()).isEqualTo(202);
                projections.add(name);
            }
            Map<String, Double> rebuildSeconds = awaitRebuilds(admin, projections);
            long rebuilt = System.nanoTime() - rebuildStarted;
            rebuild.put("projections", projections.size());
            rebuild.put("rebuildAllSeconds", seconds(rebuilt));
            rebuild.put("rebuildEventsPerSecond", perSecond(stored, rebuilt));
            rebuild.put("rebuildSecondsByProjection", rebuildSeconds);
            rebuild.put("rebuildNote", "every projection's rebuild started at once through POST /api/admin/projections/"
                    + "{name}/rebuild, each into new tables beside the live ones, until every new copy was in place");
            System.gc();
            Thread.sleep(500);
            rebuild.put("heapUsedMbAtRestAfterRebuild", ServiceBenchmark.MemorySample.take("at rest").heapUsedMb());
            results.put("rebuild", rebuild);

            // 6. The inspectors' event log: eleven typical filters, the first page and a deep one. The
            // rebuild just wrote every row into new tables; vacuumed first, so that the pages are not
            // timed against autovacuum's first pass over them (it runs within a minute of a rebuild anyway).
            long vacuumStarted = System.nanoTime();
            jdbc.sql("VACUUM (ANALYZE)").update();
            results.put("vacuumAfterRebuildSeconds", seconds(System.nanoTime() - vacuumStarted));
            String actor = jdbc.sql("SELECT actor_id FROM rm_event_log WHERE actor_id IS NOT NULL LIMIT 1")
                    .query(String.class).optional().orElse("benchmark");
            String correlation = jdbc.sql("SELECT correlation_id FROM rm_event_log WHERE correlation_id IS NOT NULL"
                    + " ORDER BY global_position DESC LIMIT 1").query(String.class).optional().orElse("none");
            LocalDate from = start.plus(Duration.ofDays(100)).atZone(BISHKEK).toLocalDate();
            Map<String, String> filters = new LinkedHashMap<>();
            filters.put("school", "school=" + school.id);
            filters.put("association", "association=" + association);
            filters.put("type", "type=MemberAddedEvent");
            filters.put("two types", "type=MemberAddedEvent&type=MemberRemovedEvent");
            filters.put("actor", "actor=" + actor);
            filters.put("period", "since=" + from + "&until=" + from.plusDays(30));
            filters.put("period, backward", "since=" + from + "&until=" + from.plusDays(30) + "&direction=backward");
            filters.put("correlation", "correlation=" + correlation);
            filters.put("words", "q=" + java.net.URLEncoder.encode("мүчө кошулду", StandardCharsets.UTF_8));
            filters.put("type and period", "type=MemberRemovedEvent&since=" + from + "&until=" + from.plusDays(60));
            filters.put("association, backward", "association=" + association + "&direction=backward");
            // The middle of the history's positions: the middle of all positions would move with the
            // positions the append probes took before the history, which differ from run to run.
            long deep = headBeforeHistory + (head - headBeforeHistory) / 2;
            List<Map<String, Object>> queries = new ArrayList<>();
            for (Map.Entry<String, String> filter : filters.entrySet()) {
                String path = "/api/log/events?limit=50&" + filter.getValue();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("filter", filter.getKey());
                row.put("firstPage", time(mode.repetitions(), () -> inspector.get(path)).summary());
                row.put("deepPage", time(mode.repetitions(), () -> inspector.get(path + "&cursor=" + deep)).summary());
                queries.add(row);
            }
            results.put("eventLogQueries", queries);
            results.put("eventLogDeepCursor", deep);
            results.put("eventLogRows", jdbc.sql("SELECT count(*) FROM rm_event_log WHERE school_id = ?")
                    .param(school.id).query(Long.class).single());

            ServiceBenchmark.MemorySampler sampler = ServiceBenchmark.MemorySampler.start();
            long exportStarted = System.nanoTime();
            long[] exported = export(app.port(), inspector, school.id);
            long exportTime = System.nanoTime() - exportStarted;
            Map<String, Object> export = new LinkedHashMap<>();
            export.put("rows", exported[0]);
            export.put("bytes", exported[1]);
            export.put("seconds", seconds(exportTime));
            export.put("peakMemoryDuringExport", ServiceBenchmark.MemorySample.peak(sampler.stop()));
            export.put("client", "the JDK's HttpURLConnection in this JVM, reading and counting every byte and line");
            results.put("export", export);

            // The inspectors' proofs over the whole log: the hash chain, then the event log's rows held against the events.
            Map<String, Object> proofs = new LinkedHashMap<>();
            long chainStarted = System.nanoTime();
            JsonNode chain = inspector.get("/api/log/integrity").json();
            proofs.put("chainSeconds", seconds(System.nanoTime() - chainStarted));
            proofs.put("chain", chain);
            long rowsStarted = System.nanoTime();
            JsonNode rows = inspector.get("/api/log/integrity/rows").json();
            proofs.put("rowsSeconds", seconds(System.nanoTime() - rowsStarted));
            proofs.put("rows", rows);
            results.put("proofs", proofs);

            // 8. Growth, second half: the same with many more events stored.
            processors.forEach(StreamingEventProcessor::shutDown);
            long growthStarted = System.nanoTime();
            seedFiller(pool, mode.growthEvents() - count(jdbc));
            growth.put("seedSeconds", seconds(System.nanoTime() - growthStarted));
            growth.put("storedAfter", count(jdbc));
            growth.put("settledAfter", settle(jdbc));
            growth.put("appendsPerSecondAfter", appendRate(pool, EVENTS, mode.appendSeconds()));
            removeProbes(pool);
            growth.put("sideBySide", sideBySide(pool, jdbc, mode));
            growth.put("note", "single-row INSERT and commit into the event table itself (its unique indexes"
                    + " included), 8 threads; projections paused during both measurements; the filler events are"
                    + " well-formed teacher registrations of another school; event identifiers made by the service's own"
                    + " (time-ordered) identifier factory; each rate measured after a VACUUM (ANALYZE) of the event table"
                    + " and a CHECKPOINT, so that neither is taken while the database still works off earlier writes"
                    + " (autovacuum of the seeded rows, their checkpoint); the first after as long an unmeasured"
                    + " phase of appends; sideBySide: rounds alternating between the event table and an empty"
                    + " table of its shape in the same database, full first in odd pairs, empty first in even ones");
            double beforeRate = (double) growth.get("appendsPerSecondBefore");
            double afterRate = (double) growth.get("appendsPerSecondAfter");
            growth.put("ratioAfterToBefore", Math.round(afterRate / beforeRate * 1000) / 1000.0);
            results.put("growth", growth);
            results.put("finishedAt", Instant.now().toString());

            Files.writeString(OUTPUT.resolve("history.md"), markdown());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(OUTPUT.resolve("history.json").toFile(), results);
            System.out.println(markdown());

            assertThat(timeTravel.size()).isEqualTo(mode.repetitions());
            assertThat(stored).as("the history was appended").isGreaterThanOrEqualTo(mode.historyEvents());
            assertThat(exported[0]).as("every row of the school's log exported")
                    .isGreaterThanOrEqualTo((long) results.get("eventLogRows"));
            assertThat(beforeRate).isPositive();
            assertThat(chain.path("intact").asBoolean()).as("the chain: " + chain).isTrue();
            assertThat(rows.path("intact").asBoolean()).as("the rows: " + rows).isTrue();
            assertThat(afterRate).isPositive();
        }
    }

    /**
     * Creates an association of the first four teachers at {@code start}, then alternately adds and
     * removes the other teachers, {@code count} events spread over {@code span}.
     */
    private static long seedAssociation(DataSource pool, String schoolId, String association, List<String> teachers,
                                        int count, Instant start, Duration span) throws Exception {
        long sequence = 0;
        try (Connection connection = pool.getConnection(); PreparedStatement insert = insert(connection)) {
            connection.setAutoCommit(false);
            add(insert, association, 0, "Association", created(association, schoolId, teachers.subList(0, 4), 0),
                    "kg.mektep.birikme.api.association.AssociationCreatedEvent", schoolId, start,
                    IdentifierFactory.getInstance().generateIdentifier());
            List<String> others = teachers.subList(4, teachers.size());
            for (int i = 0; i < count; i++) {
                String teacher = others.get((i / 2) % others.size());
                boolean add = i % 2 == 0;
                Instant at = start.plusMillis(span.toMillis() * (i + 1) / (count + 1));
                addMembership(insert, association, ++sequence, schoolId, teacher, add, "Которулду", at,
                        IdentifierFactory.getInstance().generateIdentifier());
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return count;
    }

    /**
     * Associations of the school, each created and then changing members, {@code count} events in
     * all, spread over a year; two events per command share a correlation id.
     */
    private static void seedHistory(DataSource pool, String schoolId, List<String> teachers, int count, Instant start)
            throws Exception {
        try (Connection connection = pool.getConnection(); PreparedStatement insert = insert(connection)) {
            connection.setAutoCommit(false);
            int written = 0;
            int associationIndex = 0;
            while (written < count) {
                String association = "bench-" + associationIndex++;
                String payload = created(association, schoolId, teachers.subList(0, 4), associationIndex);
                Instant at = start.plusSeconds(365L * 24 * 3600 * written / Math.max(count, 1));
                String correlation = IdentifierFactory.getInstance().generateIdentifier();
                add(insert, association, 0, "Association", payload,
                        "kg.mektep.birikme.api.association.AssociationCreatedEvent", schoolId, at, correlation);
                written++;
                for (int i = 0; i < 98 && written < count; i++, written++) {
                    String teacher = teachers.get(4 + (i / 2) % (teachers.size() - 4));
                    boolean join = i % 2 == 0;
                    if (join) {
                        correlation = IdentifierFactory.getInstance().generateIdentifier();
                    }
                    addMembership(insert, association, i + 1, schoolId, teacher, join, "Курстар",
                            at.plusSeconds(60L * i), correlation);
                }
                if (associationIndex % 10 == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /** A member joining the association, or leaving it for the given reason. */
    private static void addMembership(PreparedStatement insert, String association, long sequence, String schoolId,
                                      String teacher, boolean join, String reason, Instant at, String correlation)
            throws Exception {
        String payload = join
                ? "{\"associationId\":\"%s\",\"schoolId\":\"%s\",\"teacherId\":\"%s\"}"
                .formatted(association, schoolId, teacher)
                : "{\"associationId\":\"%s\",\"schoolId\":\"%s\",\"teacherId\":\"%s\",\"reason\":\"%s\"}"
                .formatted(association, schoolId, teacher, reason);
        add(insert, association, sequence, "Association", payload,
                join ? "kg.mektep.birikme.api.association.MemberAddedEvent"
                        : "kg.mektep.birikme.api.association.MemberRemovedEvent",
                schoolId, at, correlation);
    }

    /** The payload of an association's creation, numbered {@code index} in its name and order. */
    private static String created(String association, String schoolId, List<String> members, int index) {
        return ("{\"associationId\":\"%s\",\"schoolId\":\"%s\",\"name\":\"Бирикме %s\","
                + "\"kind\":\"SUBJECT_AREA\",\"educationalAreas\":[\"Табигый илимдер\"],\"subjects\":[\"Математика\"],"
                + "\"memberIds\":[%s],\"order\":{\"number\":\"%d\",\"date\":\"2025-08-28\"},"
                + "\"proposal\":{\"by\":\"DEPUTY_TEACHING\",\"number\":\"1\",\"date\":\"2025-08-25\"},"
                + "\"pedagogicalCouncilDecision\":{\"number\":\"1\",\"date\":\"2025-08-20\"},"
                + "\"methodologicalCouncilApproval\":{\"number\":\"1\",\"date\":\"2025-08-22\"}}")
                .formatted(association, schoolId, index, "\"" + String.join("\",\"", members) + "\"", index);
    }

    /**
     * Stored events of another school (teacher registrations), appended while the projections are
     * paused: the store grows, the read models do not.
     */
    private static void seedFiller(DataSource pool, long count) throws Exception {
        try (Connection connection = pool.getConnection(); PreparedStatement insert = insert(connection)) {
            connection.setAutoCommit(false);
            Instant at = Instant.now();
            for (long i = 0; i < count; i++) {
                String teacher = "filler-" + i;
                add(insert, teacher, 0, "Teacher", ("{\"teacherId\":\"%s\",\"schoolId\":\"filler-school\","
                                + "\"fullName\":\"Толтургуч %d\",\"subjects\":[\"Математика\"],\"hireDate\":\"2015-09-01\"}")
                                .formatted(teacher, i), "kg.mektep.birikme.api.school.TeacherRegisteredEvent",
                        "filler-school", at, IdentifierFactory.getInstance().generateIdentifier());
                if (i % 5000 == 4999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /**
     * Lets the store come to rest before an append rate is taken: a {@code VACUUM (ANALYZE)} of the event
     * table (what autovacuum would otherwise do to freshly seeded rows during the measurement) and a
     * {@code CHECKPOINT} (the seeding's dirty pages written out, where the checkpointer would write them
     * meanwhile). Answers the seconds each took.
     */
    private static Map<String, Object> settle(JdbcClient jdbc) {
        Map<String, Object> settled = new LinkedHashMap<>();
        long started = System.nanoTime();
        jdbc.sql("VACUUM (ANALYZE) " + EVENTS).update();
        settled.put("vacuumAnalyzeSeconds", seconds(System.nanoTime() - started));
        started = System.nanoTime();
        jdbc.sql("CHECKPOINT").update();
        settled.put("checkpointSeconds", seconds(System.nanoTime() - started));
        return settled;
    }

    /**
     * The growth measured side by side: rounds of appends alternate between the event table, with all its
     * events, and an empty table of the same shape (columns, primary key, unique constraints) in the same
     * database, in the order full, empty, empty, full, ... so that a machine slowing down or speeding up
     * during the measurement weighs on both sides alike. Sequential phases minutes apart measure the
     * machine's drift as much as the store; here only the size of the table differs between the sides.
     * Answers each round's rate, the totals, their ratio and the ratio within each pair of rounds.
     */
    private static Map<String, Object> sideBySide(DataSource pool, JdbcClient jdbc, Mode mode) throws Exception {
        Map<String, Object> side = new LinkedHashMap<>();
        jdbc.sql("DROP TABLE IF EXISTS " + TWIN).update();
        jdbc.sql("CREATE TABLE " + TWIN + " (LIKE " + EVENTS + " INCLUDING ALL)").update();
        try {
            jdbc.sql("CHECKPOINT").update();
            side.put("eventsInTheEventTable", count(jdbc));
            side.put("pairs", mode.growthPairs());
            side.put("roundSeconds", mode.roundSeconds());
            List<Map<String, Object>> rounds = new ArrayList<>();
            List<Double> pairRatios = new ArrayList<>();
            double full = 0;
            double empty = 0;
            for (int pair = 0; pair < mode.growthPairs(); pair++) {
                double[] rates = new double[2];
                for (int turn = 0; turn < 2; turn++) {
                    // Pairs 1, 3, 5, ... start with the full table, pairs 2, 4, 6, ... with the empty one.
                    boolean intoFull = (pair + turn) % 2 == 0;
                    double rate = appendRate(pool, intoFull ? EVENTS : TWIN, mode.roundSeconds());
                    rates[intoFull ? 0 : 1] = rate;
                    Map<String, Object> round = new LinkedHashMap<>();
                    round.put("pair", pair + 1);
                    round.put("table", intoFull ? "event table" : "empty twin");
                    round.put("appendsPerSecond", rate);
                    rounds.add(round);
                }
                full += rates[0];
                empty += rates[1];
                pairRatios.add(Math.round(rates[0] / rates[1] * 1000) / 1000.0);
            }
            side.put("rowsInTheTwinAtTheEnd", jdbc.sql("SELECT count(*) FROM " + TWIN).query(Long.class).single());
            side.put("rounds", rounds);
            side.put("appendsPerSecondFull", Math.round(full / mode.growthPairs() * 10) / 10.0);
            side.put("appendsPerSecondEmpty", Math.round(empty / mode.growthPairs() * 10) / 10.0);
            side.put("ratioFullToEmpty", Math.round(full / empty * 1000) / 1000.0);
            side.put("pairRatios", pairRatios);
            List<Double> sorted = pairRatios.stream().sorted().toList();
            side.put("pairRatioMin", sorted.get(0));
            side.put("pairRatioMedian", sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : Math.round((sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2 * 1000) / 1000.0);
            side.put("pairRatioMax", sorted.get(sorted.size() - 1));
        } finally {
            jdbc.sql("DROP TABLE IF EXISTS " + TWIN).update();
            removeProbes(pool);
        }
        return side;
    }

    /** The probes are no events of the domain: they leave the store again. */
    private static void removeProbes(DataSource pool) throws Exception {
        try (Connection connection = pool.getConnection()) {
            connection.createStatement().executeUpdate(
                    "DELETE FROM " + EVENTS + " WHERE payloadtype = '" + PROBE + "'");
        }
    }

    /**
     * Appends one event per transaction on 8 threads for the given time into the given table, the way a
     * command stores its event. The probes stay until {@link #removeProbes} (deleting them between rounds
     * would leave the small table mostly dead rows, and autovacuum at work on it during the next round).
     */
    private static double appendRate(DataSource pool, String table, int seconds) throws Exception {
        int threads = 8;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        long[] counts = new long[threads];
        Exception[] failure = new Exception[1];
        for (int w = 0; w < threads; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                try (Connection connection = pool.getConnection();
                     PreparedStatement insert = insert(connection, table)) {
                    String aggregate = "append-" + UUID.randomUUID();
                    long sequence = 0;
                    while (System.nanoTime() < deadline) {
                        add(insert, aggregate, sequence++, "Benchmark", "{\"n\":" + sequence + "}",
                                PROBE, "append-school", Instant.now(),
                                IdentifierFactory.getInstance().generateIdentifier());
                        insert.executeBatch();
                        counts[worker]++;
                    }
                } catch (Exception e) {
                    failure[0] = e;
                }
            });
            workers.add(thread);
            thread.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return Math.round(total * 10.0 / seconds) / 10.0;
    }

    private static PreparedStatement insert(Connection connection) throws Exception {
        return insert(connection, EVENTS);
    }

    private static PreparedStatement insert(Connection connection, String table) throws Exception {
        return connection.prepareStatement("""
                INSERT INTO %s (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, ?, ?, ?, ?, ?, '1', ?, ?)""".formatted(table));
    }

    private static void add(PreparedStatement insert, String aggregate, long sequence, String type, String payload,
                            String payloadType, String schoolId, Instant at, String correlation) throws Exception {
        String metaData = ("{\"schoolId\":\"%s\",\"actorId\":\"benchmark-%d\",\"actorRole\":\"DIRECTOR\","
                + "\"correlationId\":\"%s\",\"causationId\":\"%s\"}")
                .formatted(schoolId, Math.abs(correlation.hashCode()) % 5, correlation, correlation);
        insert.setString(1, aggregate);
        insert.setLong(2, sequence);
        insert.setString(3, type);
        insert.setString(4, IdentifierFactory.getInstance().generateIdentifier());
        insert.setBytes(5, metaData.getBytes(StandardCharsets.UTF_8));
        insert.setBytes(6, payload.getBytes(StandardCharsets.UTF_8));
        insert.setString(7, payloadType);
        insert.setString(8, at.toString());
        insert.addBatch();
    }

    private static void awaitAll(ReadPositions positions, long head) {
        while (true) {
            try {
                positions.awaitIncluded(head);
                return;
            } catch (ReadModelBehindException stillBehind) {
                // Keep waiting: a large history takes longer than one read's timeout.
            }
        }
    }

    /** Waits until the rebuild of every projection named is complete; answers each one's duration, as recorded. */
    private static Map<String, Double> awaitRebuilds(Api admin, List<String> projections) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(2);
        while (true) {
            Map<String, Double> seconds = new TreeMap<>();
            for (JsonNode projection : admin.get("/api/admin/projections").json()) {
                JsonNode rebuild = projection.get("rebuild");
                if (!projections.contains(projection.get("name").asText()) || rebuild == null || rebuild.isNull()) {
                    continue;
                }
                String outcome = rebuild.get("outcome").asText();
                assertThat(outcome).as(projection.toString()).isIn("RUNNING", "COMPLETED");
                if (outcome.equals("COMPLETED")) {
                    Duration took = Duration.between(Instant.parse(rebuild.get("startedAt").asText()),
                            Instant.parse(rebuild.get("endedAt").asText()));
                    seconds.put(projection.get("name").asText(), took.toMillis() / 1000.0);
                }
            }
            if (seconds.size() == projections.size()) {
                return seconds;
            }
            assertThat(System.nanoTime()).as("every rebuild complete within two hours").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static long head(JdbcClient jdbc) {
        return jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM " + EVENTS).query(Long.class).single();
    }

    private static long count(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM " + EVENTS).query(Long.class).single();
    }

    /**
     * The read timed the given number of times, after as many untimed calls: the first calls of a
     * read run while the JIT still compiles its path (deserializers of thousands of events), each
     * compilation taking a core for up to half a second of the two.
     */
    private static Samples time(int repetitions, Supplier<Api.Response> read) {
        for (int i = 0; i < repetitions; i++) {
            read.get();
        }
        Samples samples = new Samples();
        for (int i = 0; i < repetitions; i++) {
            long started = System.nanoTime();
            Api.Response response = read.get();
            samples.add(System.nanoTime() - started);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        }
        return samples;
    }

    /**
     * Streams the whole log of the school as JSON Lines; answers rows and bytes, never holding the body.
     * Read by the JDK's plain HttpURLConnection: on these two cores the client shares the CPU with the
     * service and its database, and the JDK's HttpClient took 4 to 6.5 s more of it to take in the same
     * bytes (CPU time of the JVM in a trial export of these 1,000,000 rows).
     */
    private static long[] export(int port, Api inspector, String schoolId) throws Exception {
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) URI.create("http://localhost:" + port
                + "/api/log/events/export?format=jsonl&school=" + schoolId).toURL().openConnection();
        connection.setRequestProperty("Authorization", inspector.header("Authorization"));
        assertThat(connection.getResponseCode()).isEqualTo(200);
        long rows = 0;
        long bytes = 0;
        try (java.io.InputStream body = connection.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = body.read(buffer)) > 0) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        rows++;
                    }
                }
            }
        }
        return new long[] {rows, bytes};
    }

    private static String settled(Map<String, Object> settled) {
        return ", after VACUUM (ANALYZE) of the event table (" + settled.get("vacuumAnalyzeSeconds") + " s) and CHECKPOINT ("
                + settled.get("checkpointSeconds") + " s)";
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1_000_000.0) / 1_000.0;
    }

    private static double perSecond(long events, long nanos) {
        return nanos == 0 ? 0 : Math.round(events * 1e9 / nanos * 10) / 10.0;
    }

    @SuppressWarnings("unchecked")
    private String markdown() {
        StringBuilder md = new StringBuilder("## History benchmark (" + results.get("mode") + " mode, "
                + results.get("startedAt") + ")\n\nPostgreSQL: " + results.get("postgres") + ".\n\n");
        Map<String, Object> rebuild = (Map<String, Object>) results.get("rebuild");
        md.append("| projections over a large history | value |\n|---|---:|\n");
        md.append("| events stored | ").append(rebuild.get("eventsStored")).append(" |\n");
        md.append("| catch-up of every projection after the events were appended | ")
                .append(rebuild.get("catchUpEventsPerSecond")).append(" events/s |\n");
        md.append("| rebuild of every projection (").append(rebuild.get("projections"))
                .append(") from the start of the log, all started at once through the administrator's API | ")
                .append(rebuild.get("rebuildAllSeconds")).append(" s, ")
                .append(rebuild.get("rebuildEventsPerSecond")).append(" events/s |\n");
        Map<String, Double> byProjection = (Map<String, Double>) rebuild.get("rebuildSecondsByProjection");
        md.append("| seconds each rebuild took, as recorded | ").append(byProjection.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "))).append(" |\n");
        md.append("| heap used at rest after the rebuild | ").append(rebuild.get("heapUsedMbAtRestAfterRebuild"))
                .append(" MB |\n");
        md.append("| VACUUM (ANALYZE) of the database after the rebuild, before the event-log queries | ")
                .append(results.get("vacuumAfterRebuildSeconds")).append(" s |\n");
        Map<String, Object> travel = (Map<String, Object>) results.get("timeTravel");
        Map<String, Object> travelLatency = (Map<String, Object>) travel.get("latency");
        md.append("| time travel: state of an association with ").append(travel.get("associationEvents"))
                .append(" events as of ").append(travel.get("asOf")).append(" (").append(travel.get("eventsReplayed"))
                .append(" of them replayed), p50 / p95 | ")
                .append(travelLatency.get("p50Ms")).append(" / ").append(travelLatency.get("p95Ms")).append(" ms |\n");
        Map<String, Object> export = (Map<String, Object>) results.get("export");
        Map<String, Object> exportMemory = (Map<String, Object>) export.get("peakMemoryDuringExport");
        md.append("| export of the whole log as JSON Lines (").append(export.get("rows")).append(" rows, ")
                .append(export.get("bytes")).append(" bytes) | ").append(export.get("seconds"))
                .append(" s, peak heap ").append(exportMemory.get("heapUsedMb")).append(" MB |\n");
        Map<String, Object> proofs = (Map<String, Object>) results.get("proofs");
        JsonNode chain = (JsonNode) proofs.get("chain");
        JsonNode rows = (JsonNode) proofs.get("rows");
        md.append("| `GET /api/log/integrity`: the hash chain recomputed over ").append(chain.path("events").asLong())
                .append(" events (intact: ").append(chain.path("intact").asBoolean()).append(") | ")
                .append(proofs.get("chainSeconds")).append(" s |\n");
        md.append("| `GET /api/log/integrity/rows`: ").append(rows.path("rows").asLong())
                .append(" rows of the event log derived again from their events and compared (intact: ")
                .append(rows.path("intact").asBoolean()).append(", ").append(rows.path("pending").asLong())
                .append(" events not yet handled) | ").append(proofs.get("rowsSeconds")).append(" s |\n");
        Map<String, Object> growth = (Map<String, Object>) results.get("growth");
        md.append("| appends/s (8 threads) with ").append(growth.get("storedBefore")).append(" events stored")
                .append(settled((Map<String, Object>) growth.get("settledBefore"))).append(" | ")
                .append(growth.get("appendsPerSecondBefore")).append(" |\n");
        md.append("| appends/s (8 threads) with ").append(growth.get("storedAfter")).append(" events stored")
                .append(settled((Map<String, Object>) growth.get("settledAfter"))).append(" | ")
                .append(growth.get("appendsPerSecondAfter")).append(" (ratio ").append(growth.get("ratioAfterToBefore"))
                .append(") |\n");
        Map<String, Object> side = (Map<String, Object>) growth.get("sideBySide");
        md.append("| appends/s (8 threads) side by side, ").append(side.get("pairs"))
                .append(" pairs of ").append(side.get("roundSeconds"))
                .append("-s rounds alternating between the event table (").append(side.get("eventsInTheEventTable"))
                .append(" events) and an empty twin: full / empty | ").append(side.get("appendsPerSecondFull"))
                .append(" / ").append(side.get("appendsPerSecondEmpty")).append(" (ratio ")
                .append(side.get("ratioFullToEmpty")).append("; within a pair ").append(side.get("pairRatioMin"))
                .append(" to ").append(side.get("pairRatioMax")).append(", median ")
                .append(side.get("pairRatioMedian")).append(") |\n");
        md.append("\n| event-log filter (").append(results.get("eventLogRows"))
                .append(" rows) | first page p50 / p95 ms | deep page (cursor ").append(results.get("eventLogDeepCursor"))
                .append(") p50 / p95 ms |\n|---|---:|---:|\n");
        for (Map<String, Object> query : (List<Map<String, Object>>) results.get("eventLogQueries")) {
            Map<String, Object> first = (Map<String, Object>) query.get("firstPage");
            Map<String, Object> deep = (Map<String, Object>) query.get("deepPage");
            md.append("| ").append(query.get("filter")).append(" | ").append(first.get("p50Ms")).append(" / ")
                    .append(first.get("p95Ms")).append(" | ").append(deep.get("p50Ms")).append(" / ")
                    .append(deep.get("p95Ms")).append(" |\n");
        }
        return md.toString();
    }
}
