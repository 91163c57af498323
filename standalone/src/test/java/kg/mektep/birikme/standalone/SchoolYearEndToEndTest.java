package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole school year of one association over HTTP, day by day on the service's own clock: created by
 * order in August, its chair elected and confirmed, the annual plan returned, revised and approved on
 * time, monthly and individual plans, three meetings with their protocols, a seminar with an open
 * lesson and an extracurricular event, a mutual visit, an olympiad, a report, attestation material,
 * coefficients, a nomination, a mentor for the young teacher, a control visit, and the deputy's
 * analysis of the year at the last meeting. Then every read model is checked as the director sees it
 * in June.
 */
class SchoolYearEndToEndTest {

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

    @Test
    void aSchoolYearOfAnAssociation() {
        clock = new MovableClock(LocalDate.of(2026, 8, 24).atTime(9, 0).atZone(ZoneId.of("Asia/Bishkek")).toInstant());
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), clock, "--birikme.embedded.durable=false",
                "--birikme.security.session-lifetime=3650d")) {
            School school = School.register(app.admin(), "№12 Токтогул атындагы мектеп-гимназия").withTeachers("Математика",
                    "Айнура Өмүрбекова", "Бакыт Ңазаров", "Гүлмира Үсөнова", "Данияр Төлөгөнов");
            String young = school.withTeacherHired("Математика", "Элнура Жаңыбаева", "2025-09-01");
            List<String> t = school.teachers;
            Api chair = school.teacher(0);
            String s = "/api/schools/" + school.id;

            // August: the director creates the association by order (R1–R4).
            on("2026-08-28");
            String associationId = ok(school.director.post(school.associations(),
                    school.association("Математика бирикмеси", "Математика", t))).id();
            String a = school.associations() + "/" + associationId;

            // September: the members elect the chair, the director confirms by order (R5).
            on("2026-09-01");
            ok(chair.post(a + "/chair/election", Map.of("teacherId", t.get(0), "meetingDate", "2026-09-01")));
            on("2026-09-02");
            ok(school.director.post(a + "/chair/confirmation", Map.of("teacherId", t.get(0),
                    "order", Map.of("number", "52-б", "date", "2026-09-02"))));

            // The annual plan: drafted, returned, revised, approved before the deadline (R6); a monthly plan (R7).
            on("2026-09-03");
            String planId = ok(chair.post(a + "/annual-plans", Map.of("schoolYear", YEAR, "content",
                    PlansEndToEndTest.contentFor(YEAR, t.get(1), "Функционалдык сабаттуулук", "Бөлчөктөр")))).id();
            String plan = s + "/annual-plans/" + planId;
            ok(chair.post(plan + "/submission", Map.of()));
            on("2026-09-07");
            ok(school.deputy.post(plan + "/return", Map.of("version", 1, "comments", "Максатты өлчөнө турган кылыңыз")));
            ok(chair.post(plan + "/revisions", Map.of("content", PlansEndToEndTest.contentFor(YEAR, t.get(1),
                    "Функционалдык сабаттуулукту 10 пайызга жогорулатуу", "Бөлчөктөр"))));
            ok(chair.post(plan + "/submission", Map.of()));
            on("2026-09-15");
            ok(school.deputy.post(plan + "/approval", Map.of("version", 2)));
            ok(chair.send("PUT", plan + "/months/" + YEAR + "-10",
                    "{\"items\":[\"Ачык сабак: Бөлчөктөр\",\"Предметтик жумалыкка даярдык\"]}", "application/json"));
            ok(chair.post(plan + "/months/" + YEAR + "-10/confirmation", Map.of()));

            // An individual plan (R8) and the first meeting, which approves it (R9).
            String individual = ok(school.teacher(1).post(a + "/individual-plans", Map.of("teacherId", t.get(1),
                    "schoolYear", YEAR, "content", Map.of("workItems", List.of("Ачык сабак: Бөлчөктөр",
                            "Өз алдынча билим алуу: STEM"))))).id();
            on("2026-09-18");
            ok(chair.post(a + "/meetings", Map.of("date", "2026-09-18", "agenda", List.of("Жеке пландар"))));
            Api.Response first = ok(chair.post(a + "/protocols", Map.of(
                    "date", "2026-09-18", "presentIds", t,
                    "agenda", List.of("Жеке пландар", "Ачык сабактардын графиги"),
                    "heard", List.of(Map.of("speaker", t.get(1), "subject", "Жеке иш планы")),
                    "resolutions", List.of(
                            Map.of("text", "Бакыт Ңазаровдун жеке планы бекитилсин", "approvesIndividualPlanId", individual),
                            Map.of("text", "Ачык сабактардын графиги түзүлсүн", "responsibleIds", List.of(t.get(2)),
                                    "deadline", "2026-10-01"),
                            Map.of("text", "Олимпиадага даярдык планы түзүлсүн", "responsibleIds", List.of(t.get(3)),
                                    "deadline", "2026-10-20")))));
            assertThat(first.json().path("number").asInt()).isEqualTo(1);
            ok(chair.post(s + "/individual-plans/" + individual + "/approval",
                    Map.of("version", 1, "protocol", Map.of("number", "1", "date", "2026-09-18"))));

            // The young teacher gets a mentor (R17), who records a session.
            on("2026-09-20");
            String mentorship = ok(chair.post(a + "/mentorships", Map.of("menteeId", young, "mentorId", t.get(1),
                    "since", "2026-09-20"))).id();
            on("2026-09-30");
            ok(chair.post(a + "/protocols/" + YEAR + "/1/resolutions/2/completion", Map.of()));
            on("2026-10-02");
            ok(school.teacher(1).post(s + "/mentorships/" + mentorship + "/sessions",
                    Map.of("date", "2026-10-02", "subject", "Сабактын максатын коюу")));

            // The year's activities (R10, R19).
            on("2026-10-06");
            ok(school.teacher(2).post(a + "/lesson-visits", Map.of("visitingTeacherId", t.get(2),
                    "visitedTeacherId", t.get(3), "className", "6А", "topic", "Пропорция", "date", "2026-10-06",
                    "analysis", "Топтук иш жакшы уюштурулган")));
            on("2026-11-12");
            String seminar = ok(chair.post(a + "/seminars", Map.of("topic", "Математика сабагында функционалдык сабаттуулук",
                    "date", "2026-11-12", "leaderIds", List.of(t.get(0))))).id();
            Api.Response lesson = ok(school.teacher(1).post(a + "/open-lessons", Map.of("teacherId", t.get(1),
                    "className", "5Б", "subject", "Математика", "topic", "Бөлчөктөрдү кошуу", "date", "2026-11-12",
                    "observerIds", List.of(t.get(0), t.get(2)), "seminarId", seminar)));
            ok(school.teacher(2).post(a + "/activities/" + YEAR + "/open-lessons/" + lesson.id() + "/analysis",
                    Map.of("date", "2026-11-12", "analysis", "Сабактын максатына жетишилди; үй тапшырмасы ашыкча")));
            on("2026-11-13");
            ok(chair.post(a + "/extracurricular-events", Map.of("title", "«Математика — илимдердин ханышасы» кечеси",
                    "date", "2026-11-13", "responsibleIds", List.of(t.get(3)), "classNames", List.of("5Б", "6А"),
                    "seminarId", seminar)));
            on("2026-11-20");
            Api.Response olympiad = ok(chair.post(a + "/subject-events", Map.of("kind", "SCHOOL_OLYMPIAD",
                    "title", "Математикадан мектептик олимпиада", "subject", "Математика",
                    "from", "2026-11-20", "to", "2026-11-21")));
            on("2026-11-23");
            ok(chair.post(a + "/activities/" + YEAR + "/subject-events/" + olympiad.id() + "/results", Map.of(
                    "date", "2026-11-23", "participants", 31,
                    "winners", List.of(Map.of("pupilName", "Үмүт Ңурланов", "className", "9А", "place", 1)))));

            // The second meeting: one member absent, still quorate; a report heard; attestation material (R14).
            on("2026-12-03");
            String material = ok(school.teacher(3).post(a + "/attestation-materials", Map.of("schoolYear", YEAR,
                    "kind", "TRANSFER_FINAL_CHECK", "subject", "Математика", "className", "8-А",
                    "title", "Жылдык текшерүү ишинин варианттары"))).id();
            Api.Response second = ok(chair.post(a + "/protocols", Map.of(
                    "date", "2026-12-03", "presentIds", List.of(t.get(0), t.get(1), t.get(2), t.get(3)),
                    "absences", List.of(Map.of("teacherId", young, "reason", "Курстарда")),
                    "agenda", List.of("Отчеттор", "Аттестациялык материалдар", "Коэффициенттер", "Сунуштар"),
                    "resolutions", List.of(Map.of("text", "Текшерүү иштеринин варианттары бекитилсин")))));
            assertThat(second.json().path("number").asInt()).isEqualTo(2);
            Map<String, String> secondProtocol = Map.of("number", "2", "date", "2026-12-03");
            ok(chair.post(a + "/reports", Map.of("teacherId", t.get(3), "kind", "COURSES",
                    "title", "Квалификацияны жогорулатуу курстары: STEM", "date", "2026-12-03", "protocolNumber", 2)));
            ok(chair.post(s + "/attestation-materials/" + material + "/approval", Map.of("protocol", secondProtocol)));

            // Labour participation coefficients (R15) and a nomination (R16).
            ok(chair.post(a + "/commission", Map.of("memberIds", List.of(t.get(1), t.get(2)), "headId", t.get(1),
                    "protocol", secondProtocol)));
            ok(school.teacher(1).post(a + "/coefficients", Map.of("memberId", t.get(3), "from", "2026-09-01",
                    "to", "2026-12-31", "value", "1.2")));
            String nomination = s + "/nominations/" + ok(chair.post(a + "/nominations", Map.of(
                    "kind", "TEACHER_OF_THE_YEAR", "nomineeId", t.get(1),
                    "text", "Бакыт Ңазаров «Жылдын мугалими» сынагына көрсөтүлсүн", "protocol", secondProtocol))).id();
            ok(chair.post(nomination + "/forwarding", Map.of()));
            on("2026-12-10");
            ok(school.director.post(nomination + "/decision", Map.of("outcome", "GRANTED",
                    "note", "Райондук сынакка жиберилсин")));

            // Internal control (R18).
            on("2027-01-20");
            ok(school.methodist.post(a + "/control-visits", Map.of("topic", "MENTORS_HELP_TO_YOUNG_TEACHERS",
                    "date", "2027-01-20", "findings", "Насаатчы менен жаш мугалимдин сабактары пландалган",
                    "followUp", "2027-02-20")));

            // The last meeting and the deputy's analysis of the year (R11).
            on("2027-05-25");
            ok(chair.post(a + "/protocols", Map.of("date", "2027-05-25", "presentIds", t,
                    "agenda", List.of("Жылдын жыйынтыгы"),
                    "resolutions", List.of(Map.of("text", "Жылдык анализ кабыл алынсын")))));
            Api.Response analysed = ok(school.deputy.post(a + "/protocols/" + YEAR + "/analysis", Map.of("number", 3,
                    "analysis", "Бирикме жылдык планды аткарды; олимпиаданын жеңүүчүсү бар.",
                    "recommendations", List.of("Кийинки жылы STEM боюнча семинар өткөрүү"))));
            assertThat(chair.post(a + "/protocols", Map.of("date", "2027-05-30", "presentIds", t,
                    "agenda", List.of("x"), "resolutions", List.of(Map.of("text", "y")))).json().path("code").asText())
                    .isEqualTo("YEAR_ALREADY_ANALYSED");

            // June: the director reads the year.
            on("2027-06-01");
            long after = analysed.position();
            Api director = school.director;

            JsonNode annual = director.get(s + "/plans?year=" + YEAR + "&after=" + after).json().get(0).path("annual");
            assertThat(annual.path("status").asText()).isEqualTo("APPROVED");
            assertThat(annual.path("versionInForce").asInt()).isEqualTo(2);
            JsonNode audit = director.get(s + "/plan-approvals?year=" + YEAR + "&associationId=" + associationId).json();
            List<JsonNode> annualAudit = new java.util.ArrayList<>();
            List<JsonNode> individualAudit = new java.util.ArrayList<>();
            audit.forEach(entry -> (entry.path("planKind").asText().equals("ANNUAL") ? annualAudit : individualAudit)
                    .add(entry));
            assertThat(annualAudit.stream().map(entry -> entry.path("action").asText()))
                    .containsExactly("SUBMITTED", "RETURNED", "RESUBMITTED", "APPROVED");
            assertThat(annualAudit.get(3).path("late").asBoolean()).as("approved before the deadline").isFalse();
            assertThat(individualAudit.stream().map(entry -> entry.path("action").asText()))
                    .containsExactly("SUBMITTED", "APPROVED");

            JsonNode register = director.get(a + "/protocols?year=" + YEAR).json();
            assertThat(register.findValuesAsText("number")).containsExactly("1", "2", "3");
            assertThat(register.findValuesAsText("quorate")).containsOnly("true");
            assertThat(register.get(0).path("resolutions").findValuesAsText("status"))
                    .containsExactly("OPEN", "DONE", "OVERDUE");
            JsonNode yearAnalysis = director.get(a + "/protocols/" + YEAR + "/analysis").json();
            assertThat(yearAnalysis.path("number").asInt()).isEqualTo(3);
            assertThat(director.get(a + "/protocols/" + YEAR + "/2/print").body()).contains("№2 ПРОТОКОЛ")
                    .contains("Элнура Жаңыбаева").contains("Курстарда");

            JsonNode activities = director.get(a + "/activities?year=" + YEAR).json();
            assertThat(activities.path("seminarRuleMet").asBoolean()).isTrue();
            assertThat(activities.path("activities").findValuesAsText("kind")).containsExactlyInAnyOrder("LESSON_VISIT",
                    "SEMINAR", "OPEN_LESSON", "EXTRACURRICULAR_EVENT", "SCHOOL_OLYMPIAD", "COURSES_REPORT");
            List<String> dates = new java.util.ArrayList<>();
            activities.path("activities").forEach(entry -> dates.add(entry.path("date").asText()));
            assertThat(dates).isSorted();

            JsonNode materials = director.get(a + "/attestation-materials?year=" + YEAR).json();
            assertThat(materials.get(0).path("status").asText()).isEqualTo("APPROVED");
            JsonNode coefficients = director.get(a + "/coefficients?year=" + YEAR).json();
            assertThat(coefficients.get(0).path("value").decimalValue()).isEqualByComparingTo(new BigDecimal("1.2"));
            JsonNode nominations = director.get(a + "/nominations").json();
            assertThat(nominations.get(0).path("status").asText()).isEqualTo("DECIDED");
            JsonNode mentorships = director.get(a + "/mentorships").json();
            assertThat(mentorships.get(0).path("menteeName").asText()).isEqualTo("Элнура Жаңыбаева");
            assertThat(mentorships.get(0).path("sessions").asInt()).isEqualTo(1);
            JsonNode visits = director.get(a + "/control-visits").json();
            assertThat(visits.get(0).path("followUpStatus").asText()).isEqualTo("OVERDUE");

            // And the association as it stood at the end of September, replayed from the event store.
            JsonNode september = director.get(a + "/state?at=2026-09-30").json();
            assertThat(september.path("chair").path("fullName").asText()).isEqualTo("Айнура Өмүрбекова");
            assertThat(september.path("chairConfirmed").asBoolean()).isTrue();
            assertThat(september.path("annualPlans").get(0).path("status").asText()).isEqualTo("APPROVED");
            assertThat(september.path("protocols").get(0).path("recorded").asInt()).isEqualTo(1);
            JsonNode june = director.get(a + "/state").json();
            assertThat(june.path("protocols").get(0).path("recorded").asInt()).isEqualTo(3);
            assertThat(june.path("protocols").get(0).path("analysed").asBoolean()).isTrue();
        }
    }
}
