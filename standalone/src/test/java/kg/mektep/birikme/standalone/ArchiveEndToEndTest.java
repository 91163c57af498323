package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fourteen years of one association's records over HTTP on the service's own clock (R12, clause
 * 5.9): the protocols, plan and analysis of 2026-2027 stay at school until 31 August 2030, are
 * listed ahead of time, fall due at midnight in Bishkek, are handed over by the director's act and
 * are read-only from then on; the service restarts on the same data; ten years later the
 * documents fall due for disposal, a hold stops one until lifted, and an act disposes of them.
 */
class ArchiveEndToEndTest {

    private static final int YEAR = 2026;

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

    private static void refused(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asText()).isEqualTo(code);
    }

    private static void refusedByClause(Api.Response response, int status, String code) {
        refused(response, status, code);
        assertThat(response.json().path("clause").asText()).isEqualTo("5.9");
    }

    private static Map<String, Object> transferAct(String date, List<String> documentIds) {
        return Map.of("number", "А-7", "date", date, "handedOverBy", "Айнура Төлөгөнова, иш кагаздарын жүргүзүүчү",
                "receivedBy", "Бүбүсара Өмүрова, Свердлов районунун архиви", "documentIds", documentIds);
    }

    private static Map<String, Object> disposalAct(String date, List<String> documentIds) {
        return Map.of("number", "Ж-1", "date", date, "commission", List.of("Нурбек Үсөнов", "Гүлнара Ңазарова"),
                "documentIds", documentIds);
    }

    /** The documents by id, as the director reads them. */
    private static Map<String, JsonNode> documents(Api reader, String path) {
        Map<String, JsonNode> byId = new java.util.LinkedHashMap<>();
        reader.get(path).json().path("documents").forEach(document -> byId.put(document.path("documentId").asText(),
                document));
        return byId;
    }

    private static List<String> ids(JsonNode reminders) {
        List<String> ids = new ArrayList<>();
        reminders.path("reminders").forEach(reminder -> ids.add(reminder.path("documentId").asText()));
        return ids;
    }

    @Test
    void fourteenYearsFromTheMeetingsToTheArchiveAndToDisposal() {
        clock = new MovableClock(LocalDate.of(2026, 8, 24).atTime(9, 0).atZone(ZoneId.of("Asia/Bishkek")).toInstant());
        Path postgres = data.resolve("postgres");
        String[] settings = {"--birikme.embedded.durable=false", "--birikme.security.session-lifetime=36500d"};
        School school;
        Api inspector;
        String associationId;
        String protocols;
        String plan;
        String analysis;
        String a;

        try (RunningApp app = RunningApp.start(postgres, clock, settings)) {
            school = School.register(app.admin(), "Ч. Айтматов атындагы №5 мектеп-гимназия").withTeachers("Кыргыз тили",
                    "Айнура Өмүрбекова", "Бакыт Ңазаров", "Гүлмира Үсөнова", "Данияр Төлөгөнов");
            List<String> t = school.teachers;
            Api chair = school.teacher(0);
            inspector = school.inspector("inspector", List.of(school.id));
            String s = "/api/schools/" + school.id;

            // The year 2026-2027: the association, its plan, two meetings and the deputy's analysis.
            on("2026-08-28");
            associationId = ok(school.director.post(school.associations(),
                    school.association("Кыргыз тили жана адабияты", "Кыргыз тили", t))).id();
            a = school.associations() + "/" + associationId;
            on("2026-09-01");
            ok(chair.post(a + "/chair/election", Map.of("teacherId", t.get(0), "meetingDate", "2026-09-01")));
            on("2026-09-03");
            String planId = ok(chair.post(a + "/annual-plans", Map.of("schoolYear", YEAR, "content",
                    PlansEndToEndTest.contentFor(YEAR, t.get(1), "Окуу сабаттуулугун жогорулатуу", "Манас эпосу")))).id();
            ok(chair.post(s + "/annual-plans/" + planId + "/submission", Map.of()));
            ok(school.deputy.post(s + "/annual-plans/" + planId + "/approval", Map.of("version", 1)));
            on("2026-09-18");
            ok(chair.post(a + "/protocols", Map.of("date", "2026-09-18", "presentIds", t,
                    "agenda", List.of("Жылдык иш планы"), "resolutions", List.of(Map.of("text", "План кабыл алынсын")))));
            on("2027-05-25");
            ok(chair.post(a + "/protocols", Map.of("date", "2027-05-25", "presentIds", t,
                    "agenda", List.of("Жылдын жыйынтыгы"), "resolutions", List.of(Map.of("text", "Жыйынтык бекитилсин")))));
            long analysed = ok(school.deputy.post(a + "/protocols/" + YEAR + "/analysis", Map.of("number", 2,
                    "analysis", "Бирикме жылдык планды толук аткарды; ачык сабактар жогорку деңгээлде өттү.",
                    "recommendations", List.of("Жаш мугалимдерге насаатчы бекитүү")))).position();

            protocols = ArchiveDocuments.protocolsOf(associationId, YEAR);
            plan = ArchiveDocuments.annualPlan(planId);
            analysis = ArchiveDocuments.yearAnalysisOf(associationId, YEAR);
            Map<String, JsonNode> atSchool = documents(school.director, a + "/archive?after=" + analysed);
            assertThat(atSchool.keySet()).containsExactlyInAnyOrder(protocols, plan, analysis);
            assertThat(atSchool.values()).allSatisfy(document -> {
                assertThat(document.path("status").asText()).isEqualTo("AT_SCHOOL");
                assertThat(document.path("transferDueOn").asText()).isEqualTo("2030-09-01");
                assertThat(document.path("associationName").asText()).isEqualTo("Кыргыз тили жана адабияты");
            });

            // July 2030: listed ahead of time, within the default 60 days but not within 30.
            on("2030-07-10");
            JsonNode reminders = school.director.get(s + "/archive/reminders").json();
            assertThat(reminders.path("horizonDays").asInt()).isEqualTo(60);
            assertThat(ids(reminders)).containsExactlyInAnyOrder(protocols, plan, analysis);
            assertThat(reminders.path("reminders").get(0).path("daysLeft").asInt()).isEqualTo(53);
            assertThat(reminders.path("reminders").get(0).path("due").asText()).isEqualTo("DUE_FOR_TRANSFER");
            assertThat(ids(school.director.get(s + "/archive/reminders?horizon=30d").json())).isEmpty();
            refused(school.director.get(s + "/archive/reminders?horizon=жакында"), 400, "INVALID_PARAMETER");
            refused(school.director.get(s + "/archive/reminders?horizon=-5d"), 400, "INVALID_PARAMETER");

            // The last day at school: too early, and an act cannot be dated tomorrow.
            on("2030-08-31");
            refusedByClause(school.director.post(s + "/archive/transfer-acts",
                    transferAct("2030-08-31", List.of(protocols))), 422, "TOO_EARLY");
            refusedByClause(school.director.post(s + "/archive/transfer-acts",
                    transferAct("2030-09-01", List.of(protocols))), 422, "ACT_DATE_IN_FUTURE");

            // 01:00 on 1 September in Bishkek (still 31 August in UTC): due.
            clock.advance(Duration.ofHours(16));
            JsonNode due = school.director.get(s + "/archive?status=DUE_FOR_TRANSFER&count=true").json();
            assertThat(due.path("total").asInt()).isEqualTo(3);
            assertThat(due.path("byStatus").path("AT_SCHOOL").asInt()).isZero();

            // Only the director records the act; bad input stores nothing.
            refused(school.deputy.post(s + "/archive/transfer-acts", transferAct("2030-09-01", List.of(protocols))),
                    403, "ROLE_NOT_ALLOWED");
            long eventsBefore = storedEvents(app);
            refused(school.director.post(s + "/archive/transfer-acts", Map.of("date", "2030-09-01",
                    "handedOverBy", "Айнура", "receivedBy", "Бүбүсара", "documentIds", List.of(protocols))),
                    400, "INVALID_FIELDS");
            refused(school.director.post(s + "/archive/transfer-acts", "{\"number\":\"А-7\",\"date\":\"2030-09-31\"}"),
                    400, "MALFORMED_REQUEST");
            assertThat(storedEvents(app)).isEqualTo(eventsBefore);

            Api.Response act = ok(school.director.post(s + "/archive/transfer-acts",
                    transferAct("2030-09-01", List.of(protocols, plan))));
            assertThat(act.status()).isEqualTo(201);

            // Read-only in the archive, with the clause.
            refusedByClause(chair.post(a + "/protocols/" + YEAR + "/1/corrections", Map.of("field", "agenda[0]",
                    "correction", "Жылдык иш планы жана ачык сабактар", "reason", "Толук эмес")), 409, "DOCUMENT_IN_ARCHIVE");
            refusedByClause(chair.post(s + "/annual-plans/" + planId + "/revisions", Map.of("content",
                    PlansEndToEndTest.contentFor(YEAR, t.get(1), "Өзгөртүү", "Манас"))), 409, "DOCUMENT_IN_ARCHIVE");
            refusedByClause(school.director.post(s + "/archive/transfer-acts",
                    transferAct("2030-09-01", List.of(plan))), 409, "ALREADY_IN_ARCHIVE");

            JsonNode inArchive = school.director.get(s + "/archive/documents/" + protocols + "?after=" + act.position())
                    .json();
            assertThat(inArchive.path("status").asText()).isEqualTo("IN_ARCHIVE");
            assertThat(inArchive.path("transferAct").path("number").asText()).isEqualTo("А-7");
        }

        // The service stops and starts again on the same data, later that morning.
        clock.advance(Duration.ofHours(8));
        try (RunningApp app = RunningApp.start(postgres, clock, settings)) {
            Api director = school.director.at(app.port());
            Api deputy = school.deputy.at(app.port());
            Api chair = school.teacher(0).at(app.port());
            String s = "/api/schools/" + school.id;

            Map<String, JsonNode> afterRestart = documents(director, s + "/archive");
            assertThat(afterRestart.get(protocols).path("status").asText()).isEqualTo("IN_ARCHIVE");
            assertThat(afterRestart.get(protocols).path("transferAct").path("date").asText()).isEqualTo("2030-09-01");
            assertThat(afterRestart.get(protocols).path("disposalDueOn").asText()).isEqualTo("2040-09-01");
            assertThat(afterRestart.get(analysis).path("status").asText()).isEqualTo("DUE_FOR_TRANSFER");
            JsonNode stillDue = director.get(s + "/archive/reminders?horizon=0d").json();
            assertThat(ids(stillDue)).containsExactly(analysis);
            assertThat(stillDue.path("reminders").get(0).path("daysLeft").asInt()).isZero();
            refusedByClause(chair.post(a + "/protocols/" + YEAR + "/1/resolutions/1/completion", Map.of()), 409,
                    "DOCUMENT_IN_ARCHIVE");

            // A hold, placed by the deputy for teaching work.
            long held = ok(deputy.post(s + "/archive/documents/" + protocols + "/hold",
                    Map.of("reason", "Райондук билим берүү бөлүмүнүн текшерүүсү бүткөнгө чейин"))).position();

            // Ten years on: listed ahead of time for disposal review; not the held one, which no act may dispose of.
            on("2040-07-15");
            JsonNode disposalSoon = director.get(s + "/archive/reminders?after=" + held).json();
            assertThat(ids(disposalSoon)).containsExactly(analysis, plan);
            JsonNode planReminder = disposalSoon.path("reminders").get(1);
            assertThat(planReminder.path("due").asText()).isEqualTo("DUE_FOR_DISPOSAL");
            assertThat(planReminder.path("dueOn").asText()).isEqualTo("2040-09-01");
            // The director's timeline puts the analysis never handed over among what is overdue.
            JsonNode timelineOverdue = director.get(s + "/timeline").json().path("overdue");
            List<JsonNode> documentsDue = new java.util.ArrayList<>();
            timelineOverdue.forEach(item -> {
                if (item.path("kind").asText().startsWith("DOCUMENT_")) {
                    documentsDue.add(item);
                }
            });
            assertThat(documentsDue).hasSize(1);
            assertThat(documentsDue.get(0).path("kind").asText()).isEqualTo("DOCUMENT_TRANSFER_DUE");
            assertThat(documentsDue.get(0).path("due").asText()).isEqualTo("2030-09-01");
            assertThat(documentsDue.get(0).path("links").path("documentId").asText()).isEqualTo(analysis);
            // The document's kind is named in the reader's language, not by its code.
            assertThat(documentsDue.get(0).path("what").asText())
                    .contains("окуу жылынын ишинин талдоосу").doesNotContain("YEAR_ANALYSIS");

            on("2040-08-31");
            refusedByClause(director.post(s + "/archive/disposal-acts", disposalAct("2040-08-31", List.of(plan))), 422,
                    "ARCHIVE_TERM_NOT_PASSED");
            on("2040-09-02");
            // Past its term, the held document stays in the archive with its hold, and is not overdue.
            JsonNode stillHeld = director.get(s + "/archive/documents/" + protocols).json();
            assertThat(stillHeld.path("status").asText()).isEqualTo("IN_ARCHIVE");
            assertThat(stillHeld.path("hold").asText()).isEqualTo("Райондук билим берүү бөлүмүнүн текшерүүсү бүткөнгө чейин");
            List<String> disposalsOverdue = new java.util.ArrayList<>();
            director.get(s + "/timeline").json().path("overdue").forEach(item -> {
                if (item.path("kind").asText().equals("DOCUMENT_DISPOSAL_DUE")) {
                    disposalsOverdue.add(item.path("links").path("documentId").asText());
                }
            });
            assertThat(disposalsOverdue).containsExactly(plan);
            refusedByClause(director.post(s + "/archive/disposal-acts", disposalAct("2040-09-02", List.of(plan, protocols))),
                    409, "UNDER_HOLD");
            refusedByClause(director.post(s + "/archive/disposal-acts", disposalAct("2040-09-02", List.of(analysis))),
                    409, "NOT_IN_ARCHIVE");
            ok(director.post(s + "/archive/documents/" + protocols + "/hold/lifting", Map.of("reason", "Текшерүү аяктады")));
            long disposed = ok(director.post(s + "/archive/disposal-acts",
                    disposalAct("2040-09-02", List.of(plan, protocols)))).position();
            refusedByClause(director.post(s + "/archive/disposal-acts", disposalAct("2040-09-02", List.of(protocols))),
                    409, "ALREADY_DISPOSED");

            JsonNode counted = director.get(s + "/archive?count=true&after=" + disposed).json();
            assertThat(counted.path("byStatus").path("DISPOSED").asInt()).isEqualTo(2);
            assertThat(counted.path("byStatus").path("DUE_FOR_TRANSFER").asInt()).isEqualTo(1);
            JsonNode gone = director.get(s + "/archive/documents/" + protocols).json();
            assertThat(gone.path("status").asText()).isEqualTo("DISPOSED");
            assertThat(gone.path("disposalAct").path("number").asText()).isEqualTo("Ж-1");
            assertThat(gone.path("disposalAct").path("date").asText()).isEqualTo("2040-09-02");
            assertThat(gone.path("hold").isNull() || gone.path("hold").isMissingNode()).as("the hold was lifted").isTrue();

            // An inspector reads the same; the event log tells the acts in Kyrgyz.
            assertThat(documents(inspector.at(app.port()), a + "/archive?status=DISPOSED").keySet())
                    .containsExactlyInAnyOrder(protocols, plan);
            JsonNode log = director.get("/api/log/events?school=" + school.id + "&type=TransferActRecordedEvent&after="
                    + disposed).json();
            assertThat(log.path("events").get(0).path("summary").path("ky").asText())
                    .startsWith("Документтер архивге тапшырылды: акт №А-7 (2030-09-01)");
        }
    }

    private static long storedEvents(RunningApp app) {
        return JdbcClient.create(app.bean(DataSource.class)).sql("SELECT count(*) FROM domainevententry")
                .query(Long.class).single();
    }
}
