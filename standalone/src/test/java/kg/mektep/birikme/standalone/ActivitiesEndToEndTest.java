package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R10 and R19 over HTTP: a year of seminars, open lessons, visits, an olympiad, a report and
 * extracurricular work, the refusals on the way, and the year's activity log. The book of the
 * year is snapshotted every few events, so later rules are checked against a loaded snapshot.
 */
class ActivitiesEndToEndTest {

    @TempDir
    Path data;

    @Test
    void aYearOfActivitiesAndItsLog() {
        // The school's today is after the year's meetings: a protocol records a meeting held.
        MovableClock clock = new MovableClock(java.time.LocalDate.of(2026, 12, 10).atTime(9, 0)
                .atZone(java.time.ZoneId.of("Asia/Bishkek")).toInstant());
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), clock, "--birikme.embedded.durable=false",
                "--birikme.snapshots.every=3")) {
            School school = School.register(app.admin(), "№61 мектеп").withTeachers("Кыргыз тили",
                    "Айгерим Өмүрова", "Бакыт Ңазаров", "Гүлнур Үсөнова", "Дилбар Асанова", "Эсен Төрөбеков");
            List<String> t = school.teachers;
            Api chair = school.teacher(0);
            String association = school.associations() + "/" + school.director.post(school.associations(),
                    school.association("Кыргыз тили бирикмеси", "Кыргыз тили", t.subList(0, 4))).id();
            chair.post(association + "/chair/election", Map.of("teacherId", t.get(0), "meetingDate", "2026-09-01"));
            created(chair.post(association + "/protocols", Map.of("date", "2026-12-03", "presentIds", t.subList(0, 4),
                    "agenda", List.of("Отчеттор"), "resolutions", List.of(Map.of("text", "Отчет угулду")))));

            String seminar = created(chair.post(association + "/seminars", Map.of("topic", "Кыргыз тилин окутууда ӨКТ",
                    "date", "2026-11-12", "leaderIds", List.of(t.get(0), t.get(1))))).id();
            Map<String, Object> lesson = Map.of("teacherId", t.get(1), "className", "7Б", "subject", "Кыргыз тили",
                    "topic", "Зат атоочтун жөндөлүшү", "date", "2026-11-10", "observerIds", List.of(t.get(2), t.get(4)),
                    "seminarId", seminar);
            assertThat(code(school.teacher(2).post(association + "/open-lessons", lesson))).isEqualTo("NOT_OWN_LESSON");
            Api.Response recordedLesson = created(school.teacher(1).post(association + "/open-lessons", lesson));
            assertThat(recordedLesson.json().path("schoolYear").asInt()).isEqualTo(2026);
            String analysis = association + "/activities/2026/open-lessons/" + recordedLesson.id() + "/analysis";
            Api.Response early = school.teacher(1).post(analysis, Map.of("date", "2026-11-09", "analysis", "Эрте"));
            assertThat(code(early)).isEqualTo("ANALYSIS_BEFORE_LESSON");
            assertThat(early.json().path("clause").asText()).isEqualTo("3.9");
            // Эсен is on the staff but not a member: he observed the lesson and records its analysis.
            assertThat(school.teacher(4).post(analysis, Map.of("date", "2026-11-10",
                    "analysis", "Топтук иш ийгиликтүү өттү")).status()).isEqualTo(202);
            assertThat(code(chair.post(analysis, Map.of("date", "2026-11-11", "analysis", "Дагы")))).isEqualTo(
                    "LESSON_ALREADY_ANALYSED");

            Map<String, Object> visit = Map.of("visitingTeacherId", t.get(2), "visitedTeacherId", t.get(3),
                    "className", "9А", "topic", "Сын атооч", "date", "2026-10-05", "analysis", "Бирге талдадык");
            created(school.teacher(2).post(association + "/lesson-visits", visit));
            assertThat(code(school.teacher(2).post(association + "/lesson-visits", Map.of("visitingTeacherId", t.get(2),
                    "visitedTeacherId", t.get(2), "className", "9А", "topic", "Сын атооч", "date", "2026-10-06",
                    "analysis", "x")))).isEqualTo("VISIT_TO_ONESELF");

            assertThat(code(school.methodist.post(association + "/subject-events", Map.of("kind", "SCHOOL_OLYMPIAD",
                    "title", "Мектептик олимпиада", "subject", "Кыргыз тили", "from", "2026-11-21", "to", "2026-11-20"))))
                    .isEqualTo("EVENT_DAYS_OUT_OF_ORDER");
            Api.Response olympiad = created(school.methodist.post(association + "/subject-events", Map.of(
                    "kind", "SCHOOL_OLYMPIAD", "title", "Мектептик олимпиада", "subject", "Кыргыз тили",
                    "from", "2026-11-20", "to", "2026-11-21")));
            String results = association + "/activities/2026/subject-events/" + olympiad.id() + "/results";
            List<Map<String, Object>> winners = List.of(Map.of("pupilName", "Нурай Ңурланова", "className", "10Б",
                    "place", 1));
            assertThat(code(chair.post(results, Map.of("date", "2026-11-20", "participants", 28, "winners", winners))))
                    .isEqualTo("RESULTS_BEFORE_END");
            assertThat(chair.post(results, Map.of("date", "2026-11-22", "participants", 28, "winners", winners)).status())
                    .isEqualTo(202);

            Map<String, Object> report = new HashMap<>(Map.of("teacherId", t.get(3), "kind", "SELF_EDUCATION",
                    "title", "Өз алдынча билим алуу: диктанттар", "date", "2026-12-03", "protocolNumber", 2));
            assertThat(code(chair.post(association + "/reports", report))).isEqualTo("REPORT_MEETING_NOT_RECORDED");
            report.put("protocolNumber", 1);
            Api.Response heard = created(chair.post(association + "/reports", report));

            long eventsBefore = storedEvents(app);
            Api.Response noDate = chair.post(association + "/extracurricular-events", Map.of("title", "Ыр кечеси",
                    "responsibleIds", List.of(t.get(3)), "classNames", List.of("7Б")));
            assertThat(noDate.status()).isEqualTo(400);
            assertThat(noDate.contentType()).startsWith("application/problem+json");
            assertThat(code(chair.post(association + "/reports", "{\"teacherId\":\"x\",\"kind\":\"HOLIDAY\"}")))
                    .isEqualTo("MALFORMED_REQUEST");
            assertThat(storedEvents(app)).isEqualTo(eventsBefore);

            JsonNode before = school.director.get(association + "/activities?year=2026&after=" + heard.position()).json();
            assertThat(before.path("seminarRuleMet").asBoolean()).isFalse();

            Api.Response event = created(chair.post(association + "/extracurricular-events", Map.of(
                    "title", "«Эне тил» ыр кечеси", "date", "2026-12-08", "responsibleIds", List.of(t.get(3)),
                    "classNames", List.of("7Б", "8А"), "seminarId", seminar)));

            JsonNode log = school.inspector("inspector", List.of(school.id))
                    .get(association + "/activities?year=2026&after=" + event.position()).json();
            assertThat(log.path("schoolYearName").asText()).isEqualTo("2026-2027");
            assertThat(log.path("seminarRuleMet").asBoolean()).isTrue();
            assertThat(log.path("activities").findValuesAsText("kind")).containsExactly("LESSON_VISIT", "OPEN_LESSON",
                    "SEMINAR", "SCHOOL_OLYMPIAD", "SELF_EDUCATION_REPORT", "EXTRACURRICULAR_EVENT");
            JsonNode openLesson = log.path("activities").get(1);
            assertThat(openLesson.path("title").asText()).isEqualTo("Зат атоочтун жөндөлүшү");
            assertThat(openLesson.path("outcomeRecorded").asBoolean()).isTrue();
            assertThat(names(openLesson, "ANALYST")).containsExactly("Эсен Төрөбеков");
            assertThat(names(openLesson, "OBSERVER")).containsExactly("Гүлнур Үсөнова", "Эсен Төрөбеков");
            assertThat(names(log.path("activities").get(2), "LEADER")).containsExactly("Айгерим Өмүрова", "Бакыт Ңазаров");
            assertThat(log.path("activities").get(3).path("results").path("winners").get(0).path("pupilName").asText())
                    .isEqualTo("Нурай Ңурланова");
            assertThat(log.path("counts").path("OPEN_LESSON").asInt()).isEqualTo(1);
            assertThat(log.path("counts").path("CONTEST").asInt()).isZero();
            assertThat(school.director.get(association + "/activities?year=2027").json().path("activities")).isEmpty();

            // The year's book was loaded from a snapshot for the later commands.
            String book = "activities-2026-" + association.substring(association.lastIndexOf('/') + 1);
            assertThat(JdbcClient.create(app.bean(DataSource.class))
                    .sql("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?").param(book)
                    .query(Long.class).single()).isPositive();

            assertThat(school.director.post(association + "/dissolution", Map.of("order", Map.of("number", "90",
                    "date", "2026-12-09"), "proposal", Map.of("by", "DEPUTY_TEACHING", "number", "4", "date", "2026-12-08")))
                    .status()).isEqualTo(202);
            assertThat(code(chair.post(association + "/seminars", Map.of("topic", "Кеч калган семинар",
                    "date", "2027-02-01", "leaderIds", List.of(t.get(0)))))).isEqualTo("ASSOCIATION_DISSOLVED");
        }
    }

    private static Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static String code(Api.Response response) {
        return response.json().path("code").asText();
    }

    private static List<String> names(JsonNode entry, String part) {
        List<String> names = new ArrayList<>();
        entry.path("people").forEach(person -> {
            if (person.path("part").asText().equals(part)) {
                names.add(person.path("fullName").asText());
            }
        });
        return names;
    }

    private static long storedEvents(RunningApp app) {
        return JdbcClient.create(app.bean(DataSource.class)).sql("SELECT count(*) FROM domainevententry")
                .query(Long.class).single();
    }
}
