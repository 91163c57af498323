package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The record file (R13, clause 6) and the compliance view over HTTP on the service's own clock: the
 * regulation filed with its scan, uploads over the limit or of the wrong type refused and nothing
 * stored, the file read back byte for byte; then an association's year, its rules met or not yet
 * due in September, the job duties missing and then filed late in October, and what never came
 * not met once the year is over.
 */
class RecordFileEndToEndTest {

    private static final int YEAR = 2026;
    private static final int LIMIT = 64 * 1024;

    @TempDir
    Path data;

    private MovableClock clock;

    private void on(String day) {
        clock.moveTo(LocalDate.parse(day));
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201, 202);
        return response;
    }

    @Test
    void theRecordFileAndTheComplianceOfAYear() throws Exception {
        clock = new MovableClock(LocalDate.of(2026, 8, 24).atTime(9, 0).atZone(ZoneId.of("Asia/Bishkek")).toInstant());
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), clock, "--birikme.embedded.durable=false",
                "--birikme.security.session-lifetime=3650d", "--birikme.documents.max-size=64KB")) {
            JdbcClient db = JdbcClient.create(app.bean(DataSource.class));
            School school = School.register(app.admin(), "Ысык-Көл районундагы №3 орто мектеп").withTeachers("Физика",
                    "Айбек Ңурланов", "Бермет Өмүрова", "Гүлсара Үсөнова", "Дастан Төлөгөнов");
            String young = school.withTeacherHired("Физика", "Жаңыл Асанова", "2025-09-01");
            List<String> t = school.teachers;
            Api chair = school.teacher(0);
            Api director = school.director;
            String s = "/api/schools/" + school.id;

            on("2026-08-28");
            String associationId = ok(director.post(school.associations(),
                    school.association("Физика мугалимдеринин усулдук бирикмеси", "Физика", t))).id();
            String a = school.associations() + "/" + associationId;

            // The director files the regulation (6.3) with its scan; title and file name in Kyrgyz.
            on("2026-08-29");
            byte[] pdf = pdf(3000);
            Map<String, Object> regulation = Map.of("kind", "REGULATION",
                    "title", "Усулдук бирикмелер жөнүндө жобо (ҢӨҮ)", "date", "2014-07-21",
                    "reference", "Өкмөттүн 2014-жылдын 21-июлундагы №403 токтому; директордун №47 буйругу");
            Api.Response filed = ok(director.postParts(a + "/documents", Api.Part.json("document", regulation),
                    Api.Part.file("file", "Жобо-Өкмөт-403.pdf", "application/pdf", pdf)));
            assertThat(filed.status()).isEqualTo(201);
            String documentId = filed.id();

            JsonNode document = director.get(a + "/documents/" + documentId + "?after=" + filed.position()).json();
            assertThat(document.path("title").asText()).isEqualTo("Усулдук бирикмелер жөнүндө жобо (ҢӨҮ)");
            assertThat(document.path("kind").asText()).isEqualTo("REGULATION");
            assertThat(document.path("file").path("fileName").asText()).isEqualTo("Жобо-Өкмөт-403.pdf");
            assertThat(document.path("file").path("contentType").asText()).isEqualTo("application/pdf");
            assertThat(document.path("file").path("size").asLong()).isEqualTo(pdf.length);
            assertThat(document.path("file").path("sha256").asText()).isEqualTo(sha256(pdf));

            HttpResponse<byte[]> file = school.teacher(2).bytes(a + "/documents/" + documentId + "/file");
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(pdf);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(file.headers().firstValue("ETag")).hasValue("\"" + sha256(pdf) + "\"");
            assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("filename*=UTF-8''" + java.net.URLEncoder.encode("Жобо-Өкмөт-403.pdf", StandardCharsets.UTF_8));
            assertThat(db.sql("SELECT content FROM document_file WHERE document_id = ?").param(documentId)
                    .query(byte[].class).single()).isEqualTo(pdf);

            // The event names the file by its hash, type and size; its bytes are not in the event store.
            JsonNode logged = director.get("/api/log/events?school=" + school.id + "&type=DocumentRegisteredEvent").json()
                    .path("events").get(0);
            assertThat(logged.path("payload").path("file").path("sha256").asText()).isEqualTo(sha256(pdf));
            assertThat(logged.path("payload").path("file").has("content")).isFalse();
            assertThat(logged.path("summary").path("ky").asText()).contains("Усулдук бирикмелер жөнүндө жобо (ҢӨҮ)");
            assertThat(db.sql("SELECT count(*) FROM domainevententry WHERE position('%PDF' in convert_from(payload, 'UTF8')) > 0")
                    .query(Long.class).single()).isZero();

            // Uploads over the limit or of another type than declared are refused; nothing is stored.
            long events = count(db, "domainevententry");
            long files = count(db, "document_file");
            Map<String, Object> duties = Map.of("kind", "JOB_DUTIES", "title", "Мугалимдердин кызматтык милдеттери",
                    "date", "2026-08-29", "reference", "Директордун №48 буйругу");
            Api.Response tooLarge = director.postParts(a + "/documents", Api.Part.json("document", duties),
                    Api.Part.file("file", "милдеттер.pdf", "application/pdf", pdf(LIMIT + 1)));
            assertProblem(tooLarge, 413, "FILE_TOO_LARGE");
            assertThat(tooLarge.json().path("detail").asText()).contains(String.valueOf(LIMIT));
            Map<String, Object> copy = Map.of("kind", "REGULATION", "title", "Жобонун көчүрмөсү", "date", "2014-07-21",
                    "reference", "Мектептин архивиндеги көчүрмө");
            assertProblem(director.postParts(a + "/documents", Api.Part.json("document", copy),
                    Api.Part.file("file", "көчүрмө.pdf", "application/pdf", pdf(LIMIT))), 201, null);
            events = count(db, "domainevententry");
            files = count(db, "document_file");
            assertProblem(director.postParts(a + "/documents", Api.Part.json("document", duties), Api.Part.file("file",
                    "милдеттер.pdf", "application/pdf", "Жөн эле текст".getBytes(StandardCharsets.UTF_8))),
                    415, "FILE_TYPE_NOT_ALLOWED");
            Api.Response mismatch = director.inLanguage("ru").postParts(a + "/documents", Api.Part.json("document", duties),
                    Api.Part.file("file", "милдеттер.pdf", "application/pdf", png()));
            assertProblem(mismatch, 415, "FILE_TYPE_MISMATCH");
            assertThat(mismatch.json().path("detail").asText()).contains("application/pdf").contains("image/png");
            assertProblem(director.postParts(a + "/documents", Api.Part.json("document", duties),
                    Api.Part.file("file", "милдеттер.ods", "application/vnd.oasis.opendocument.spreadsheet",
                            odf("application/vnd.oasis.opendocument.spreadsheet"))), 415, "FILE_TYPE_NOT_ALLOWED");
            Api.Response produced = director.post(a + "/documents", Map.of("kind", "ANNUAL_PLAN", "title", "Иш планы",
                    "date", "2026-08-29", "reference", "x"));
            assertProblem(produced, 422, "DOCUMENT_KIND_NOT_REGISTRABLE");
            assertThat(produced.json().path("clause").asText()).isEqualTo("6");
            assertProblem(director.post(a + "/documents", Map.of("kind", "JOB_DUTIES", "title", " ", "date", "2026-08-29",
                    "reference", "x")), 400, "INVALID_FIELDS");
            assertProblem(director.postParts(a + "/documents", Api.Part.file("file", "жобо.pdf", "application/pdf", pdf)),
                    400, null);
            assertProblem(director.postParts(a + "/documents", new Api.Part("document", null, "application/json",
                    "{\"kind\": ".getBytes(StandardCharsets.UTF_8))), 400, "MALFORMED_REQUEST");
            assertProblem(school.inspector("inspector", List.of(school.id)).post(a + "/documents", duties), 403,
                    "ROLE_NOT_ALLOWED");
            assertProblem(school.teacher(1).post(a + "/documents", duties), 403, "NOT_THE_CHAIR");
            assertThat(count(db, "domainevententry")).isEqualTo(events);
            assertThat(count(db, "document_file")).isEqualTo(files);

            // September: the chair elected and confirmed, the plan approved in time, the first meeting, a mentor.
            on("2026-09-01");
            ok(chair.post(a + "/chair/election", Map.of("teacherId", t.get(0), "meetingDate", "2026-09-01")));
            on("2026-09-02");
            ok(director.post(a + "/chair/confirmation", Map.of("teacherId", t.get(0),
                    "order", Map.of("number", "52-б", "date", "2026-09-02"))));
            on("2026-09-03");
            String planId = ok(chair.post(a + "/annual-plans", Map.of("schoolYear", YEAR, "content",
                    PlansEndToEndTest.contentFor(YEAR, t.get(1), "Тажрыйба жүргүзүү көндүмдөрү", "Ньютондун мыйзамдары"))))
                    .id();
            String plan = s + "/annual-plans/" + planId;
            ok(chair.post(plan + "/submission", Map.of()));
            on("2026-09-15");
            Api.Response approval = ok(school.deputy.post(plan + "/approval", Map.of("version", 1)));
            ok(chair.send("PUT", plan + "/months/" + YEAR + "-10", "{\"items\":[\"Ачык сабак: Ньютондун мыйзамдары\"]}",
                    "application/json"));
            ok(chair.post(plan + "/months/" + YEAR + "-10/confirmation", Map.of()));
            on("2026-09-18");
            ok(chair.post(a + "/protocols", Map.of("date", "2026-09-18", "presentIds", t,
                    "agenda", List.of("Жылдык иш планы"), "resolutions", List.of(Map.of("text", "План кабыл алынсын")))));
            on("2026-09-20");
            long mentored = ok(chair.post(a + "/mentorships", Map.of("menteeId", young, "mentorId", t.get(1),
                    "since", "2026-09-20"))).position();

            Map<String, JsonNode> rules = rules(director.get(a + "/compliance?year=" + YEAR + "&after=" + mentored).json());
            assertThat(status(rules)).containsExactlyInAnyOrderEntriesOf(Map.of("R1", "MET", "R5", "MET", "R6", "MET",
                    "R7", "MET", "R9", "MET", "R10", "NOT_YET_DUE", "R11", "NOT_YET_DUE", "R13", "NOT_YET_DUE", "R17", "MET"));
            JsonNode evidence = rules.get("R6").path("evidence").get(0);
            assertThat(evidence.path("position").asLong()).isEqualTo(approval.position());
            assertThat(evidence.path("eventType").asText()).isEqualTo("AnnualPlanApprovedEvent");
            assertThat(evidence.path("day").asText()).isEqualTo("2026-09-15");
            JsonNode inTheLog = director.get("/api/log/events?school=" + school.id + "&cursor="
                    + (approval.position() - 1) + "&limit=1").json().path("events").get(0);
            assertThat(inTheLog.path("position").asLong()).isEqualTo(approval.position());
            assertThat(inTheLog.path("eventId").asText()).isEqualTo(evidence.path("eventId").asText());
            assertThat(rules.get("R13").path("dueBy").asText()).isEqualTo("2026-09-30");

            // October: the job duties were due by 30 September; then the chair files them (an ODT), late.
            on("2026-10-02");
            Map<String, JsonNode> items = items(director.get(a + "/record-file?year=" + YEAR).json());
            assertThat(items.get("6.4").path("status").asText()).isEqualTo("MISSING");
            assertThat(items.get("6.3").path("status").asText()).isEqualTo("PRESENT");
            assertThat(items.get("6.3").path("documents").get(0).path("title").asText())
                    .isEqualTo("Усулдук бирикмелер жөнүндө жобо (ҢӨҮ)");
            JsonNode incomplete = rules(director.get(a + "/compliance?year=" + YEAR).json()).get("R13");
            assertThat(incomplete.path("status").asText()).isEqualTo("NOT_MET");
            assertThat(incomplete.path("finding").asText()).isEqualTo("RECORD_FILE_INCOMPLETE");
            assertThat(texts(incomplete.path("missing"))).containsExactly("6.4");

            byte[] odt = odf("application/vnd.oasis.opendocument.text");
            Api.Response dutiesFiled = ok(chair.postParts(a + "/documents", Api.Part.json("document", Map.of(
                    "kind", "JOB_DUTIES", "title", "Физика мугалимдеринин кызматтык милдеттери", "date", "2026-09-01",
                    "reference", "Директордун №50 буйругу")), Api.Part.file("file", "милдеттер.odt",
                    "application/vnd.oasis.opendocument.text", odt)));
            items = items(director.get(a + "/record-file?year=" + YEAR + "&after=" + dutiesFiled.position()).json());
            assertThat(items.get("6.4").path("status").asText()).isEqualTo("LATE");
            assertThat(items.get("6.4").path("late").get(0).asText()).isEqualTo("2026-10-02");
            assertThat(items.get("6.8").path("status").asText()).isEqualTo("PRESENT");
            assertThat(items.get("6.10").path("status").asText()).isEqualTo("NOT_YET_DUE");
            assertThat(school.deputy.bytes(a + "/documents/" + dutiesFiled.id() + "/file").body()).isEqualTo(odt);
            JsonNode report = director.get(s + "/compliance?year=" + YEAR).json();
            assertThat(report.path("schoolYearName").asText()).isEqualTo("2026-2027");
            assertThat(report.path("associations").get(0).path("associationId").asText()).isEqualTo(associationId);
            assertThat(report.path("associations").get(0).path("name").asText())
                    .isEqualTo("Физика мугалимдеринин усулдук бирикмеси");
            assertThat(status(rules(report.path("associations").get(0))).get("R13")).isEqualTo("NOT_YET_DUE");

            // After the year: what never came is not met, and says what is missing.
            on("2027-09-01");
            rules = rules(school.inspector("inspector-2", List.of(school.id)).get(a + "/compliance?year=" + YEAR).json());
            assertThat(status(rules)).containsExactlyInAnyOrderEntriesOf(Map.of("R1", "MET", "R5", "MET", "R6", "MET",
                    "R7", "NOT_MET", "R9", "MET", "R10", "NOT_MET", "R11", "NOT_MET", "R13", "NOT_MET", "R17", "MET"));
            assertThat(rules.get("R7").path("finding").asText()).isEqualTo("MONTHLY_PLANS_MISSING");
            assertThat(texts(rules.get("R7").path("missing"))).containsExactly("2026-11", "2026-12", "2027-01", "2027-02",
                    "2027-03", "2027-04", "2027-05");
            assertThat(rules.get("R10").path("finding").asText()).isEqualTo("NO_SEMINAR_WITH_OPEN_LESSONS");
            assertThat(rules.get("R11").path("finding").asText()).isEqualTo("NO_YEAR_ANALYSIS");
            assertThat(texts(rules.get("R13").path("missing"))).containsExactly("6.8", "6.10");
            JsonNode nextYear = director.get(a + "/record-file?year=2027").json();
            assertThat(items(nextYear).get("6.5").path("status").asText()).as("the analysis of 2026-2027")
                    .isEqualTo("MISSING");
            assertThat(director.get(a + "/record-file?year=20266").status()).isEqualTo(400);
            assertThat(director.get(school.associations() + "/no-such/record-file?year=2026").status()).isEqualTo(404);
        }
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            if (code != null) {
                assertThat(response.json().path("code").asText()).isEqualTo(code);
            }
        }
    }

    private static long count(JdbcClient db, String table) {
        return db.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static Map<String, JsonNode> rules(JsonNode compliance) {
        Map<String, JsonNode> rules = new HashMap<>();
        compliance.path("rules").forEach(rule -> rules.put(rule.path("rule").asText(), rule));
        return rules;
    }

    private static Map<String, String> status(Map<String, JsonNode> rules) {
        Map<String, String> statuses = new HashMap<>();
        rules.forEach((rule, check) -> statuses.put(rule, check.path("status").asText()));
        return statuses;
    }

    private static Map<String, JsonNode> items(JsonNode file) {
        Map<String, JsonNode> items = new HashMap<>();
        file.path("items").forEach(item -> items.put(item.path("clause").asText(), item));
        return items;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    /** A PDF's beginning padded to the size asked for. */
    private static byte[] pdf(int size) {
        byte[] start = "%PDF-1.7\n% Усулдук бирикмелер жөнүндө жобо\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(start, size);
        Arrays.fill(bytes, start.length, size, (byte) ' ');
        return bytes;
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    /** An OpenDocument file of that media type: "mimetype" stored first, then its content. */
    private static byte[] odf(String mediaType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            mimetype.setCompressedSize(type.length);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content>Милдеттер</office:document-content>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
