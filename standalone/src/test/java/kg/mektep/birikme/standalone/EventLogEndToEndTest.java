package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The event log over HTTP as inspectors and a school's office read it: every filter, paging both
 * ways, the reader's scope, bad filters, and exports in CSV and JSON Lines that keep Kyrgyz text
 * whole, are themselves recorded, and stream in constant memory.
 */
class EventLogEndToEndTest {

    private static final String LOG = "/api/log/events";
    private static final String CORRELATION = "birikme-tuzuu-45b";

    @TempDir
    static Path data;
    static RunningApp app;
    static School school;
    static School other;
    static Api inspector;
    static String associationId;
    /** The last event of the set-up; reads of the set-up stop there, whatever other tests add later. */
    static long setUp;
    /** The last event any test caused, for reading one's own writes. */
    static long position;

    @BeforeAll
    static void start() {
        // Asynchronous answers get half a second here: an export outlasts that and must set its own wait.
        app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false",
                "--spring.mvc.async.request-timeout=500ms");
        Api admin = app.admin();
        school = School.register(admin, "Нарын шаарындагы №3 мектеп").withTeachers("Химия",
                "Асылбек Өмүров", "Бурул Үсөнова", "Гүлбара Ңазарова", "Дамира Асанова");
        other = School.register(admin, "Токмок шаарындагы №7 мектеп").withTeachers("Физика", "Жыпар Токтосунова");
        Api.Response created = school.director.with("X-Correlation-Id", CORRELATION).post(school.associations(),
                school.association("Химия мугалимдеринин бирикмеси", "Химия", school.teachers));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        associationId = created.id();
        Api.Response elected = school.teacher(0).post(school.associations() + "/" + associationId + "/chair/election",
                Map.of("teacherId", school.teachers.get(2), "meetingDate", "2026-09-02"));
        assertThat(elected.status()).as(elected.body()).isEqualTo(202);
        setUp = elected.position();
        position = setUp;
        inspector = school.inspector("inspector", List.of(school.id, other.id));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The events one read answers, once the log includes everything the set-up did. */
    private static JsonNode events(Api reader, String query) {
        Api.Response response = reader.get(LOG + "?after=" + position + "&limit=500" + (query.isEmpty() ? "" : "&" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("events");
    }

    /** The events of the set-up that one read answers. */
    private static JsonNode setUpEvents(Api reader, String query) {
        return events(reader, "direction=backward&cursor=" + (setUp + 1) + (query.isEmpty() ? "" : "&" + query));
    }

    private static List<String> types(JsonNode events) {
        return StreamSupport.stream(events.spliterator(), false).map(e -> e.path("eventType").asText()).toList();
    }

    private static List<Long> positions(JsonNode events) {
        return StreamSupport.stream(events.spliterator(), false).map(e -> e.path("position").asLong()).toList();
    }

    private static JsonNode only(JsonNode events, String type) {
        List<JsonNode> found = StreamSupport.stream(events.spliterator(), false)
                .filter(e -> e.path("eventType").asText().equals(type)).toList();
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }

    @Test
    void everyEventOfTheSchoolIsLoggedWithWhoDidItAndWhy() {
        JsonNode events = setUpEvents(school.director, "");

        assertThat(types(events)).containsExactly("SchoolRegisteredEvent", "TeacherRegisteredEvent",
                "TeacherRegisteredEvent", "TeacherRegisteredEvent", "TeacherRegisteredEvent", "AssociationCreatedEvent",
                "ChairElectedEvent");
        assertThat(events.findValuesAsText("schoolId")).containsOnly(school.id);
        assertThat(positions(events)).isSorted().doesNotHaveDuplicates();

        JsonNode created = only(events, "AssociationCreatedEvent");
        assertThat(created.path("aggregateType").asText()).isEqualTo("Association");
        assertThat(created.path("aggregateId").asText()).isEqualTo(associationId);
        assertThat(created.path("associationId").asText()).isEqualTo(associationId);
        assertThat(created.path("revision").asText()).isEqualTo("1");
        assertThat(created.path("actorRole").asText()).isEqualTo("DIRECTOR");
        assertThat(created.path("correlationId").asText()).isEqualTo(CORRELATION);
        assertThat(created.path("causationId").asText()).isNotBlank().isNotEqualTo(CORRELATION);
        assertThat(created.path("summary").path("ky").asText())
                .startsWith("Усулдук бирикме түзүлдү: «Химия мугалимдеринин бирикмеси», буйрук №45-б (2026-08-28)");
        assertThat(created.path("summary").path("ru").asText()).startsWith("Создано методическое объединение «Химия");
        assertThat(created.path("summary").path("en").asText()).startsWith("Methodological association created: «Химия");
        assertThat(created.path("payload").path("name").asText()).isEqualTo("Химия мугалимдеринин бирикмеси");
        assertThat(created.path("payload").path("memberIds")).hasSize(4);

        JsonNode elected = only(events, "ChairElectedEvent");
        assertThat(elected.path("actorId").asText()).isNotEqualTo(created.path("actorId").asText());
        assertThat(elected.path("actorRole").asText()).isEqualTo("TEACHER");
    }

    @Test
    void eachFilterNarrowsTheLog() {
        JsonNode all = setUpEvents(inspector, "");
        assertThat(all.findValuesAsText("schoolId")).containsOnly(school.id, other.id);
        assertThat(setUpEvents(inspector, "school=" + other.id).findValuesAsText("schoolId")).containsOnly(other.id);
        assertThat(setUpEvents(inspector, "school=" + other.id + "&school=" + school.id)).hasSize(all.size());

        assertThat(types(setUpEvents(inspector, "association=" + associationId)))
                .containsExactly("AssociationCreatedEvent", "ChairElectedEvent");
        assertThat(types(setUpEvents(inspector, "type=ChairElectedEvent&type=SchoolRegisteredEvent")))
                .containsExactly("SchoolRegisteredEvent", "SchoolRegisteredEvent", "ChairElectedEvent");

        JsonNode elected = only(all, "ChairElectedEvent");
        assertThat(types(setUpEvents(inspector, "actor=" + elected.path("actorId").asText())))
                .containsExactly("ChairElectedEvent");
        assertThat(types(setUpEvents(inspector, "correlation=" + CORRELATION))).containsExactly("AssociationCreatedEvent");

        String electedAt = elected.path("time").asText();
        assertThat(types(setUpEvents(inspector, "since=" + encode(electedAt)))).containsExactly("ChairElectedEvent");
        assertThat(setUpEvents(inspector, "until=" + encode(electedAt))).hasSize(all.size() - 1);
        LocalDate day = Instant.parse(electedAt).atZone(ZoneId.of("Asia/Bishkek")).toLocalDate();
        long thatDay = StreamSupport.stream(all.spliterator(), false).filter(e -> Instant.parse(e.path("time").asText())
                .atZone(ZoneId.of("Asia/Bishkek")).toLocalDate().equals(day)).count();
        assertThat(setUpEvents(inspector, "since=" + day + "&until=" + day)).hasSize((int) thatDay);
        long earlier = StreamSupport.stream(all.spliterator(), false).filter(e -> Instant.parse(e.path("time").asText())
                .atZone(ZoneId.of("Asia/Bishkek")).toLocalDate().isBefore(day)).count();
        assertThat(setUpEvents(inspector, "until=" + day.minusDays(1))).hasSize((int) earlier);

        JsonNode found = setUpEvents(inspector, "q=" + encode("ңазарова химия"));
        assertThat(types(found)).containsExactly("TeacherRegisteredEvent");
        assertThat(found.get(0).path("payload").path("fullName").asText()).isEqualTo("Гүлбара Ңазарова");
        assertThat(types(setUpEvents(inspector, "q=" + encode("ИЗБРАН")))).as("Russian words, any case")
                .containsExactly("ChairElectedEvent");

        assertThat(types(setUpEvents(inspector, "school=" + school.id + "&type=TeacherRegisteredEvent&q="
                + encode("Үсөнова")))).containsExactly("TeacherRegisteredEvent");
    }

    /**
     * Text is kept in normalization form C: a name sent as и + combining breve (as some keyboards give
     * it) is stored with й, and found by the word typed either way; a password too is the same
     * however its letters were sent.
     */
    @Test
    void aLetterSentDecomposedIsKeptAsOneAndFoundEitherWay() {
        Api.Response registered = school.director.post("/api/schools/" + school.id + "/teachers", Map.of(
                "fullName", "Ма\u0438\u0306ра Бе\u0438\u0306шеева", "subjects", List.of("Химия"), "hireDate", "2019-09-01"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        position = registered.position();

        JsonNode found = events(inspector, "type=TeacherRegisteredEvent&q=" + encode("майра"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("payload").path("fullName").asText()).isEqualTo("Майра Бейшеева");
        assertThat(events(inspector, "type=TeacherRegisteredEvent&q=" + encode("Бе\u0438\u0306шеева"))).hasSize(1);
        assertThat(school.director.get("/api/schools/" + school.id + "/teachers?after=" + position).json()
                .findValuesAsText("fullName")).contains("Майра Бейшеева");

        String username = "maira-" + System.nanoTime();
        Api.Response user = app.admin().post("/api/users", Map.of("username", username,
                "password", "Ма\u0438\u0306ра-сырсөз-2026", "roles", List.of("DEPUTY_METHODOLOGY"), "schoolId", school.id));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        for (String password : List.of("Майра-сырсөз-2026", "Ма\u0438\u0306ра-сырсөз-2026")) {
            Api.Response session = app.api().with("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8))).post("/api/session", "");
            assertThat(session.status()).as(session.body()).isEqualTo(201);
        }
    }

    @Test
    void pagesRunForwardAndBackwardWithCursorsAndACountOnRequest() {
        List<Long> everything = positions(events(school.director, ""));
        JsonNode first = school.director.get(LOG + "?after=" + position + "&limit=3").json();
        assertThat(first.has("total")).isTrue();
        assertThat(first.path("total").isNull()).isTrue();
        assertThat(first.path("prev").isNull()).isTrue();

        List<Long> forward = new ArrayList<>();
        JsonNode page = first;
        while (true) {
            forward.addAll(positions(page.path("events")));
            if (page.path("next").isNull()) {
                break;
            }
            page = school.director.get(LOG + "?limit=3&cursor=" + page.path("next").asLong()).json();
        }
        assertThat(forward).isEqualTo(everything);

        List<Long> backward = new ArrayList<>();
        page = school.director.get(LOG + "?limit=3&direction=backward&count=true").json();
        assertThat(page.path("total").asLong()).isEqualTo(everything.size());
        assertThat(page.path("next").isNull()).isTrue();
        while (true) {
            backward.addAll(0, positions(page.path("events")));
            if (page.path("prev").isNull()) {
                break;
            }
            page = school.director.get(LOG + "?limit=3&direction=backward&cursor=" + page.path("prev").asLong()).json();
        }
        assertThat(backward).isEqualTo(everything);
    }

    @Test
    void eachReaderSeesOnlyTheSchoolsInScope() {
        assertThat(events(other.director, "").findValuesAsText("schoolId")).containsOnly(other.id);
        Api.Response foreign = other.director.get(LOG + "?school=" + school.id);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(events(school.deputy, "").findValuesAsText("schoolId")).containsOnly(school.id);

        Api.Response teacher = school.teacher(1).get(LOG);
        assertThat(teacher.status()).isEqualTo(403);
        assertThat(teacher.contentType()).startsWith("application/problem+json");
        assertThat(teacher.json().path("code").asText()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(teacher.json().path("title").asText()).isEqualTo("Укук жок");
        assertThat(teacher.json().path("detail").asText()).as("the roles named in Kyrgyz")
                .startsWith("мугалим ролу").contains("директор", "окуу-тарбия иштери боюнча орун басар", "инспектор")
                .doesNotContain("TEACHER", "DIRECTOR");
        assertThat(school.admin.get(LOG).status()).isEqualTo(403);
        assertThat(app.api().get(LOG).status()).isEqualTo(401);
        assertThat(school.teacher(1).get(LOG + "/export?format=csv").status()).isEqualTo(403);
    }

    static Stream<Arguments> badFilters() {
        return Stream.of(
                bad("a period start that is no time", "INVALID_PARAMETER", LOG + "?since=" + encode("1 сентябрь")),
                bad("an impossible day", "INVALID_PARAMETER", LOG + "?until=2026-02-30"),
                bad("a period that ends before it starts", "INVALID_PARAMETER", LOG + "?since=2026-09-02&until=2026-09-01"),
                bad("a local time without offset", "INVALID_PARAMETER", LOG + "?since=2026-09-01T08:00:00"),
                bad("an unknown event type", "INVALID_PARAMETER", LOG + "?type=MemberHiredEvent"),
                bad("no events per page", "INVALID_PARAMETER", LOG + "?limit=0"),
                bad("too many events per page", "INVALID_PARAMETER", LOG + "?limit=100000"),
                bad("a page size that is no number", "INVALID_PARAMETER", LOG + "?limit=" + encode("элүү")),
                bad("a negative cursor", "INVALID_PARAMETER", LOG + "?cursor=-1"),
                bad("a cursor that is no number", "INVALID_PARAMETER", LOG + "?cursor=abc"),
                bad("an unknown direction", "INVALID_PARAMETER", LOG + "?direction=sideways"),
                bad("a count that is no yes or no", "INVALID_PARAMETER", LOG + "?count=maybe"),
                bad("too many words", "INVALID_PARAMETER", LOG + "?q=" + encode("а б в г д е ж з и к л")),
                bad("an export without a format", "MISSING_PARAMETER", LOG + "/export"),
                bad("an export in an unknown format", "INVALID_PARAMETER", LOG + "/export?format=xlsx"),
                bad("an export with a bad filter", "INVALID_PARAMETER", LOG + "/export?format=csv&since=" + encode("кечээ")));
    }

    private static Arguments bad(String name, String code, String path) {
        return Arguments.of(name, code, path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFilters")
    void aBadFilterIsABadRequestAndStoresNothing(String name, String code, String path) {
        long storedBefore = storedEvents();

        Api.Response response = inspector.get(path);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asText()).isEqualTo(code);
        assertThat(response.json().path("title").asText()).isNotBlank().isNotEqualTo(code);
        assertThat(response.json().path("detail").asText()).isNotBlank().isNotEqualTo(code);
        assertThat(storedEvents()).isEqualTo(storedBefore);
    }

    @Test
    void aCsvExportKeepsKyrgyzTextAndQuotesWhatNeedsIt() {
        HttpResponse<String> response = school.director.raw(LOG + "/export?format=csv&after=" + position);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains(".csv");
        assertThat(response.body()).startsWith("\uFEFF");
        List<List<String>> rows = csv(response.body().substring(1));
        List<String> header = rows.get(0);
        assertThat(header).startsWith("position", "time", "school_id").endsWith("summary_en", "payload");
        List<List<String>> events = rows.subList(1, rows.size());
        assertThat(events).allSatisfy(row -> assertThat(row).hasSameSizeAs(header));
        assertThat(events.stream().map(row -> Long.parseLong(row.get(0))).toList())
                .isEqualTo(positions(events(school.director, "")).subList(0, events.size()));

        List<String> created = events.stream().filter(row -> row.get(header.indexOf("event_type"))
                .equals("AssociationCreatedEvent")).findFirst().orElseThrow();
        assertThat(created.get(header.indexOf("summary_ky"))).contains("«Химия мугалимдеринин бирикмеси», буйрук №45-б");
        JsonNode payload = json(created.get(header.indexOf("payload")));
        assertThat(payload.path("name").asText()).isEqualTo("Химия мугалимдеринин бирикмеси");
        assertThat(created.get(header.indexOf("correlation_id"))).isEqualTo(CORRELATION);
        assertThat(events.stream().map(row -> row.get(header.indexOf("summary_ky"))))
                .anyMatch(summary -> summary.contains("Гүлбара Ңазарова"));
    }

    @Test
    void aJsonLinesExportHasTheEntriesOfTheLogOneALine() {
        HttpResponse<String> response = inspector.raw(LOG + "/export?format=jsonl&school=" + school.id
                + "&after=" + position);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/jsonl");
        assertThat(response.body()).endsWith("\n");
        List<JsonNode> lines = response.body().lines().map(EventLogEndToEndTest::json).toList();
        JsonNode listed = events(inspector, "school=" + school.id);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(7);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).isEqualTo(listed.get(i));
        }
        assertThat(lines).anySatisfy(line -> assertThat(line.path("payload").path("fullName").asText())
                .isEqualTo("Гүлбара Ңазарова"));
    }

    @Test
    void everyExportIsRecordedInTheLogItselfForEachSchoolItCovers() {
        HttpResponse<String> byDirector = school.director.raw(LOG + "/export?format=csv&type=TeacherRegisteredEvent");
        HttpResponse<String> byInspector = inspector.raw(LOG + "/export?format=jsonl&q=" + encode("мектеп"));
        assertThat(byDirector.statusCode()).isEqualTo(200);
        assertThat(byInspector.statusCode()).isEqualTo(200);
        String directorExport = byDirector.headers().firstValue("X-Export-Id").orElseThrow();
        String inspectorExport = byInspector.headers().firstValue("X-Export-Id").orElseThrow();
        // Anything done after the exports comes later in the log: reading after it sees them.
        position = school.director.post("/api/schools/" + school.id + "/teachers", Map.of("fullName", "Мирлан Жээнбеков",
                "subjects", List.of("Химия"), "hireDate", "2019-09-01")).position();

        JsonNode seenBySchool = events(school.director, "type=EventLogExportedEvent");
        JsonNode director = StreamSupport.stream(seenBySchool.spliterator(), false)
                .filter(e -> e.path("payload").path("exportId").asText().equals(directorExport)).findFirst().orElseThrow();
        assertThat(director.path("actorRole").asText()).isEqualTo("DIRECTOR");
        assertThat(director.path("actorId").asText())
                .isEqualTo(only(events(school.director, ""), "AssociationCreatedEvent").path("actorId").asText());
        assertThat(director.path("correlationId").asText()).isEqualTo(directorExport);
        assertThat(director.path("aggregateType").isNull()).isTrue();
        assertThat(director.path("payload").path("format").asText()).isEqualTo("CSV");
        assertThat(director.path("payload").path("filter").path("eventTypes").get(0).asText())
                .isEqualTo("TeacherRegisteredEvent");
        assertThat(director.path("summary").path("ky").asText()).startsWith("Окуялар журналы жүктөлүп алынды: CSV");

        JsonNode inspectorBySchool = StreamSupport.stream(seenBySchool.spliterator(), false)
                .filter(e -> e.path("payload").path("exportId").asText().equals(inspectorExport)).findFirst().orElseThrow();
        assertThat(inspectorBySchool.path("actorRole").asText()).isEqualTo("INSPECTOR");
        assertThat(inspectorBySchool.path("payload").path("filter").path("words").get(0).asText()).isEqualTo("мектеп");
        JsonNode seenByOther = events(other.director, "type=EventLogExportedEvent");
        assertThat(seenByOther.findValuesAsText("exportId")).containsExactly(inspectorExport);
        assertThat(seenByOther.get(0).path("schoolId").asText()).isEqualTo(other.id);
    }

    /**
     * An export that went out whole has a receipt: the SHA-256 of the very bytes sent and the rows,
     * signed with the published key, so the file can be checked away from the service.
     */
    @Test
    void anExportHasASignedReceiptOfItsBytesThatAnyoneCanCheckWithThePublishedKey() throws Exception {
        JsonNode key = app.api().get("/.well-known/birikme-log-key").json();
        java.security.Signature ed25519 = java.security.Signature.getInstance("Ed25519");
        ed25519.initVerify(java.security.KeyFactory.getInstance("Ed25519").generatePublic(
                new java.security.spec.X509EncodedKeySpec(java.util.Base64.getDecoder().decode(key.path("publicKey").asText()))));
        assertThat(key.path("receiptSignedText").asText()).startsWith("birikme-log-export/1");

        for (String format : List.of("csv", "jsonl")) {
            HttpResponse<InputStream> response = inspector.stream(LOG + "/export?format=" + format + "&school=" + school.id
                    + "&after=" + position);
            assertThat(response.statusCode()).isEqualTo(200);
            String exportId = response.headers().firstValue("X-Export-Id").orElseThrow();
            byte[] file;
            try (InputStream body = response.body()) {
                file = body.readAllBytes();
            }
            String text = new String(file, StandardCharsets.UTF_8);
            long rows = format.equals("csv") ? csv(text.substring(1)).size() - 1 : text.lines().count();
            assertThat(rows).isGreaterThanOrEqualTo(7);

            Api.Response answer = inspector.get("/api/log/exports/" + exportId + "/receipt");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode receipt = answer.json();
            String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));
            assertThat(receipt.path("sha256").asText()).as(format).isEqualTo(sha256);
            assertThat(receipt.path("rows").asLong()).isEqualTo(rows);
            assertThat(receipt.path("format").asText()).isEqualTo(format.toUpperCase(java.util.Locale.ROOT));
            assertThat(receipt.path("schoolIds").get(0).asText()).isEqualTo(school.id);
            String signed = "birikme-log-export/1\n" + exportId + "\n" + receipt.path("format").asText() + "\n"
                    + receipt.path("through").asLong() + "\n" + rows + "\n" + sha256 + "\n"
                    + receipt.path("issuedAt").asText() + "\n";
            ed25519.update(signed.getBytes(StandardCharsets.UTF_8));
            assertThat(ed25519.verify(java.util.Base64.getDecoder().decode(receipt.path("signature").asText())))
                    .as("the receipt is signed with the published key").isTrue();

            // The school's own director reads it; another school's answers as for an unknown export; a teacher none.
            assertThat(school.director.get("/api/log/exports/" + exportId + "/receipt").json()).isEqualTo(receipt);
            Api.Response outside = other.director.get("/api/log/exports/" + exportId + "/receipt");
            assertThat(outside.status()).isEqualTo(404);
            assertThat(outside.body()).doesNotContain(school.id);
            assertThat(school.teacher(0).get("/api/log/exports/" + exportId + "/receipt").status()).isEqualTo(403);
        }
        assertThat(inspector.get("/api/log/exports/" + java.util.UUID.randomUUID() + "/receipt").status()).isEqualTo(404);
    }

    /** HEAD tells what an export would answer without making one: nothing is recorded, nothing receipted. */
    @Test
    void aHeadOfAnExportMakesNone() {
        long before = storedEvents();

        Api.Response head = inspector.send("HEAD", LOG + "/export?format=csv&school=" + school.id, null, null);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** A hundred thousand rows leave by a database cursor: the server holds a batch, never the export. */
    @Test
    void aLargeExportStreamsInConstantMemory() throws Exception {
        School bulk = School.register(school.admin, "Көп окуялуу мектеп");
        Api reader = bulk.inspector("bulk-inspector", List.of(bulk.id));
        int rows = 100_000;
        insertBulk(bulk.id, "ma-bulk", 50_000_000, rows);
        long before = heapUsedAfterCollection();

        HttpResponse<InputStream> response = reader.stream(LOG + "/export?format=jsonl&association=ma-bulk");
        assertThat(response.statusCode()).isEqualTo(200);
        long lines = 0;
        long bytes = 0;
        long during = 0;
        String first = null;
        String last = null;
        try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = body.readLine(); line != null; line = body.readLine()) {
                lines++;
                bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
                first = first == null ? line : first;
                last = line;
                if (lines == rows / 2) {
                    during = heapUsedAfterCollection();
                }
            }
        }

        assertThat(lines).isEqualTo(rows);
        assertThat(json(first).path("position").asLong()).isEqualTo(50_000_001L);
        assertThat(json(last).path("payload").path("note").asText()).startsWith("Өмүр, жаңы «сабак»");
        assertThat(bytes).as("the export is large").isGreaterThan(50L * 1024 * 1024);
        assertThat(during - before).as("heap grown halfway through an export of %d bytes", bytes)
                .isLessThan(bytes / 8);
    }

    /**
     * An export whose client goes away after the first line: writing fails, and the thread reading
     * the rows from the database stops too, instead of waiting for a writer that is gone while it
     * holds a connection and a transaction.
     */
    @Test
    void anExportItsClientLeavesStopsReadingTheDatabase() throws Exception {
        School leaving = School.register(school.admin, "Таштап кеткен мектеп");
        Api reader = leaving.inspector("leaving-inspector", List.of(leaving.id));
        insertBulk(leaving.id, "ma-left", 60_000_000, 100_000);

        HttpResponse<InputStream> response = reader.stream(LOG + "/export?format=jsonl&association=ma-left");
        assertThat(response.statusCode()).isEqualTo(200);
        String left = response.headers().firstValue("X-Export-Id").orElseThrow();
        try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(json(body.readLine()).path("position").asLong()).isEqualTo(60_000_001L);
        }

        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (exportReadersReading() > 0) {
            assertThat(System.nanoTime()).as("an export reader still reads for a client that left").isLessThan(deadline);
            Thread.sleep(20);
        }
        // And the next export goes through whole.
        HttpResponse<String> next = reader.raw(LOG + "/export?format=csv&association=ma-left&type=MemberAddedEvent");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body().split("\r\n")).hasSize(1 + 100_000);
        // The export left half-way has no receipt; the next, sent whole, has one.
        assertThat(reader.get("/api/log/exports/" + left + "/receipt").status()).isEqualTo(404);
        assertThat(reader.get("/api/log/exports/" + next.headers().firstValue("X-Export-Id").orElseThrow() + "/receipt")
                .json().path("rows").asLong()).isEqualTo(100_000);
    }

    /** Threads reading rows for an export at this moment. */
    private static long exportReadersReading() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getName().startsWith("log-export-reader"))
                .filter(thread -> Stream.of(thread.getValue())
                        .anyMatch(frame -> frame.getClassName().endsWith("EventLogExport") && frame.getMethodName().equals("read")))
                .count();
    }

    /** Rows of one association written straight into the log's table, from the given position on. */
    private static void insertBulk(String schoolId, String associationId, long from, int rows) {
        JdbcClient.create(app.bean(DataSource.class)).sql("""
                INSERT INTO rm_event_log (global_position, occurred_at, school_id, association_id, aggregate_type,
                        aggregate_id, sequence_number, event_id, event_type, revision, actor_id, actor_role,
                        correlation_id, causation_id, summary_ky, summary_ru, summary_en, search_text, payload)
                SELECT :from + g, now(), :school, :association, 'Association', :association, g, :association || '-' || g,
                       'MemberAddedEvent', '1', 'u-bulk', 'DIRECTOR', :association || '-' || g, :association || '-' || g,
                       'Мүчө кошулду: мугалим Өмүр ' || g, 'Добавлен член объединения: учитель ' || g,
                       'Member added: teacher ' || g, 'мүчө кошулду ' || g,
                       jsonb_build_object('associationId', :association, 'schoolId', :school, 'teacherId', 't-' || g,
                                          'note', repeat('Өмүр, жаңы «сабак» ', 30))
                FROM generate_series(1, :rows) g""")
                .param("school", schoolId).param("association", associationId).param("from", from).param("rows", rows)
                .update();
    }

    private static long heapUsedAfterCollection() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static JsonNode json(String text) {
        return new Api.Response(200, "application/json", text, null).json();
    }

    private static long storedEvents() {
        return JdbcClient.create(app.bean(DataSource.class)).sql("SELECT count(*) FROM domainevententry")
                .query(Long.class).single();
    }

    /** RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, quotes (doubled) and line breaks. */
    private static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the last line ends with CRLF").isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
