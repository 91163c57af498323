package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kg.mektep.birikme.api.common.CanonicalJson;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.plan.AnnualPlanContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An annual plan over HTTP from draft to approval and through an amendment, with the audit of who
 * approved which exact version and the history of what changed.
 */
class PlansEndToEndTest {

    @TempDir
    static Path data;

    static RunningApp app;
    static Api director;
    static Api chair;
    static Api deputy;
    static School school;
    static String association;

    @BeforeAll
    static void start() {
        app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false");
        school = School.register(app.admin(), "№21 мектеп").withTeachers("Англис тили",
                "Айпери Өмүрова", "Бектур Ңазаров", "Венера Үсөнова", "Гүлзар Асанова");
        director = school.director;
        association = director.post(school.associations(),
                school.association("Чет тилдер бирикмеси", "Англис тили", school.teachers,
                        java.time.LocalDate.of(2023, 8, 28))).id();
        chair = school.teacher(0);
        accepted(chair.post(school.associations() + "/" + association + "/chair/election",
                Map.of("teacherId", school.teachers.get(0), "meetingDate", "2026-09-01")));
        deputy = school.deputy;
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Map<String, Object> content(int year, String goal, String lessonTopic) {
        return contentFor(year, school.teachers.get(1), goal, lessonTopic);
    }

    /** An annual plan's content whose open lesson is given by the teacher {@code teacherId}. */
    static Map<String, Object> contentFor(int year, String teacherId, String goal, String lessonTopic) {
        LocalDate start = new SchoolYear(year).firstDay();
        return Map.of(
                "theme", Map.of("title", "Окуучулардын функционалдык сабаттуулугун өнүктүрүү", "goal", goal,
                        "directions", List.of("Окуу сабаттуулугу"), "tasks", List.of("Ачык сабактар", "Өз ара катышуу")),
                "activities", List.of(
                        Map.of("kind", "MEETING", "title", "Жылдын биринчи отуруму", "date", start.plusDays(1).toString()),
                        Map.of("kind", "OPEN_LESSON", "title", "Ачык сабак", "date", start.plusMonths(2).toString(),
                                "teacherId", teacherId, "topic", lessonTopic, "className", "7-Б"),
                        Map.of("kind", "SEMINAR", "title", "Семинар", "date", start.plusMonths(4).toString())),
                "grounds", Map.of("schoolPlan", "Мектептин 2026-2027-окуу жылына иш планы",
                        "districtRecommendations", "Райондук усулдук кабинеттин сунуштары"));
    }

    private static String plan(String planId) {
        return "/api/schools/" + school.id + "/annual-plans/" + planId;
    }

    private static Api.Response accepted(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(201, 202);
        return response;
    }

    @Test
    void planGoesFromDraftToApprovalThroughAnAmendmentWithItsAudit() throws Exception {
        int year = SchoolYear.containing(LocalDate.now()).startYear() + 1;
        String planId = accepted(chair.post(school.associations() + "/" + association + "/annual-plans",
                Map.of("schoolYear", year, "content", content(year, "Сабаттуулукту жогорулатуу", "Менин үй-бүлөм")))).id();
        accepted(chair.post(plan(planId) + "/submission", Map.of()));
        accepted(deputy.post(plan(planId) + "/return", Map.of("version", 1, "comments", "Максатты тактаңыз")));
        accepted(chair.post(plan(planId) + "/revisions",
                Map.of("content", content(year, "Окуу сабаттуулугун 10 пайызга жогорулатуу", "Менин үй-бүлөм"))));
        accepted(chair.post(plan(planId) + "/submission", Map.of()));

        Api.Response byMethodologyDeputy = school.methodist.post(plan(planId) + "/approval", Map.of("version", 2));
        assertThat(byMethodologyDeputy.json().path("code").asText()).isEqualTo("APPROVER_NOT_TEACHING_DEPUTY");
        assertThat(byMethodologyDeputy.status()).isEqualTo(403);

        Api.Response approved = accepted(deputy.post(plan(planId) + "/approval", Map.of("version", 2)));
        JsonNode current = director.get("/api/schools/" + school.id + "/plans?year=" + year + "&after=" + approved.position())
                .json().get(0).path("annual");
        assertThat(current.path("status").asText()).isEqualTo("APPROVED");
        assertThat(current.path("versionInForce").asInt()).isEqualTo(2);
        String deputyUser = JdbcClient.create(app.bean(DataSource.class)).sql(
                "SELECT user_id FROM app_user WHERE roles = ARRAY['DEPUTY_TEACHING'] AND school_id = ?")
                .param(school.id).query(String.class).single();
        assertThat(current.path("approverId").asText()).isEqualTo(deputyUser);

        accepted(chair.post(plan(planId) + "/revisions",
                Map.of("content", content(year, "Окуу сабаттуулугун 10 пайызга жогорулатуу", "Биздин мектеп"))));
        Api.Response amended = accepted(chair.post(plan(planId) + "/submission", Map.of()));
        current = director.get("/api/schools/" + school.id + "/plans?year=" + year + "&after=" + amended.position())
                .json().get(0).path("annual");
        assertThat(current.path("status").asText()).isEqualTo("AMENDED_AWAITING_APPROVAL");
        assertThat(current.path("versionInForce").asInt()).isEqualTo(2);
        assertThat(current.path("currentVersion").asInt()).isEqualTo(3);

        Api.Response reapproved = accepted(deputy.post(plan(planId) + "/approval", Map.of("version", 3)));

        JsonNode audit = director.get("/api/schools/" + school.id + "/plan-approvals?year=" + year
                + "&associationId=" + association + "&after=" + reapproved.position()).json();
        assertThat(audit.findValuesAsText("action"))
                .containsExactly("SUBMITTED", "RETURNED", "RESUBMITTED", "APPROVED", "RESUBMITTED", "APPROVED");
        assertThat(audit.findValuesAsText("version")).containsExactly("1", "1", "2", "2", "3", "3");
        assertThat(audit.get(3).path("actorId").asText()).isEqualTo(deputyUser);
        assertThat(audit.get(3).path("actorRole").asText()).isEqualTo("DEPUTY_TEACHING");
        assertThat(audit.get(1).path("comments").asText()).isEqualTo("Максатты тактаңыз");

        JsonNode history = director.get(plan(planId) + "/history").json();
        assertThat(history.path("versions")).hasSize(3);
        for (JsonNode version : history.path("versions")) {
            AnnualPlanContent shown = Api.JSON.treeToValue(version.path("content"), AnnualPlanContent.class);
            assertThat(CanonicalJson.sha256(shown)).as("the hash of the text shown")
                    .isEqualTo(version.path("contentHash").asText());
        }
        for (JsonNode step : audit) {
            JsonNode version = history.path("versions").get(step.path("version").asInt() - 1);
            assertThat(step.path("contentHash").asText()).isEqualTo(version.path("contentHash").asText());
        }
        JsonNode secondChanges = history.path("versions").get(1).path("changes");
        assertThat(secondChanges.findValuesAsText("path")).containsExactly("theme.goal");
        assertThat(secondChanges.get(0).path("after").asText()).isEqualTo("\"Окуу сабаттуулугун 10 пайызга жогорулатуу\"");
        assertThat(history.path("versions").get(2).path("changes").findValuesAsText("path"))
                .containsExactly("activities[1].topic");
    }

    @Test
    void anApprovalAfterTheStartOfTheYearIsShownLate() {
        int lastYear = SchoolYear.containing(LocalDate.now()).startYear() - 1;
        String planId = accepted(chair.post(school.associations() + "/" + association + "/annual-plans",
                Map.of("schoolYear", lastYear, "content", content(lastYear, "Максат", "Тема")))).id();
        accepted(chair.post(plan(planId) + "/submission", Map.of()));
        Api.Response approved = accepted(deputy.post(plan(planId) + "/approval", Map.of("version", 1)));

        JsonNode annual = director.get("/api/schools/" + school.id + "/plans?year=" + lastYear + "&after="
                + approved.position()).json().get(0).path("annual");
        assertThat(annual.path("status").asText()).isEqualTo("APPROVED_LATE");
        assertThat(annual.path("late").asBoolean()).isTrue();
        assertThat(director.get("/api/schools/" + school.id + "/plan-approvals?year=" + lastYear).json()
                .findValuesAsText("late")).containsExactly("false", "true");
    }

    @Test
    void monthlyAndIndividualPlansShowInTheCurrentPlans() {
        // A year gone by: the protocol that approves the individual plan records a meeting held.
        int year = SchoolYear.containing(LocalDate.now()).startYear() - 2;
        String planId = accepted(chair.post(school.associations() + "/" + association + "/annual-plans",
                Map.of("schoolYear", year, "content", content(year, "Максат", "Тема")))).id();
        String october = year + "-10";
        accepted(chair.send("PUT", plan(planId) + "/months/" + october,
                "{\"items\":[\"Предметтик жумалыкка даярдык\"]}", "application/json"));
        accepted(chair.post(plan(planId) + "/months/" + october + "/confirmation", Map.of()));
        Api.Response individual = accepted(school.teacher(2).post(school.associations() + "/" + association + "/individual-plans", Map.of(
                        "teacherId", school.teachers.get(2), "schoolYear", year,
                        "content", Map.of("workItems", List.of("Ачык сабак өтүү"), "selfEducationTopic",
                                "Санариптик каражаттар", "selfEducationSteps", List.of("Курстар")))));
        String meetingDay = new SchoolYear(year).firstDay().plusDays(10).toString();
        Api.Response protocol = accepted(chair.post(school.associations() + "/" + association + "/protocols", Map.of(
                "date", meetingDay, "presentIds", school.teachers, "agenda", List.of("Жеке пландар"),
                "resolutions", List.of(Map.of("text", "Жеке план бекитилсин",
                        "approvesIndividualPlanId", individual.id())))));
        Api.Response approved = accepted(chair.post("/api/schools/" + school.id + "/individual-plans/" + individual.id()
                + "/approval", Map.of("version", 1, "protocol", Map.of("number",
                        protocol.json().path("number").asText(), "date", meetingDay))));

        JsonNode plans = director.get("/api/schools/" + school.id + "/plans?year=" + year + "&after=" + approved.position())
                .json().get(0);
        assertThat(plans.path("months")).hasSize(12);
        assertThat(plans.path("months").get(1).path("month").asText()).isEqualTo(october);
        assertThat(plans.path("months").get(1).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(plans.path("months").get(0).path("status").asText()).isEqualTo("MISSING");
        assertThat(plans.path("individual").get(0).path("teacherName").asText()).isEqualTo("Венера Үсөнова");
        assertThat(plans.path("individual").get(0).path("status").asText()).isEqualTo("APPROVED");
    }

    /**
     * R8 (clause 3.4): a protocol whose resolution approved a plan in words only does not approve it;
     * a correction naming the plan (resolutions[i].approvesIndividualPlanId) sets the protocol right.
     */
    @Test
    void aProtocolThatDidNotNameThePlanIsCorrectedToApproveIt() {
        int year = SchoolYear.containing(LocalDate.now()).startYear() - 3;
        String a = school.associations() + "/" + association;
        String planId = accepted(school.teacher(3).post(a + "/individual-plans", Map.of("teacherId", school.teachers.get(3),
                "schoolYear", year, "content", Map.of("workItems", List.of("Өз ара сабакка катышуу")))))
                .id();
        String meetingDay = new SchoolYear(year).firstDay().plusDays(20).toString();
        accepted(chair.post(a + "/protocols", Map.of("date", meetingDay, "presentIds", school.teachers,
                "agenda", List.of("Жеке пландар"), "resolutions", List.of(Map.of("text", "Гүлзар Асанованын жеке планы бекитилсин")))));
        Map<String, Object> approval = Map.of("version", 1, "protocol", Map.of("number", "1", "date", meetingDay));
        String approve = "/api/schools/" + school.id + "/individual-plans/" + planId + "/approval";

        Api.Response refused = chair.post(approve, approval);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("code").asText()).isEqualTo("RESOLUTION_NOT_FOR_PLAN");

        accepted(chair.post(a + "/protocols/" + year + "/1/corrections", Map.of(
                "field", "resolutions[0].approvesIndividualPlanId", "correction", planId,
                "reason", "Токтомдо жеке план аталбай калган")));
        Api.Response approved = accepted(chair.post(approve, approval));
        JsonNode plans = director.get("/api/schools/" + school.id + "/plans?year=" + year + "&after=" + approved.position())
                .json().get(0);
        assertThat(plans.path("individual").findValuesAsText("status")).containsExactly("APPROVED");
    }

    @Test
    void aSecondDraftOfTheSameYearSentAtTheSameMomentIsAConflictNotAFault() throws Exception {
        int year = SchoolYear.containing(LocalDate.now()).startYear() + 3;
        String drafts = school.associations() + "/" + association + "/annual-plans";
        Map<String, Object> draft = Map.of("schoolYear", year, "content", content(year, "Максат", "Тема"));
        DataSource database = app.bean(DataSource.class);
        JdbcClient jdbc = JdbcClient.create(database);
        String draftsStored = "SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%AnnualPlanDraftedEvent'";
        int storedBefore = jdbc.sql(draftsStored).query(Integer.class).single();
        try (Connection first = database.getConnection()) {
            // The first draft of the year, not yet committed when the second one checks for it (R6: one a year).
            first.setAutoCommit(false);
            try (PreparedStatement registered = first.prepareStatement(
                    "INSERT INTO registry_annual_plan (association_id, school_year, plan_id) VALUES (?, ?, 'p-first')")) {
                registered.setString(1, association);
                registered.setInt(2, year);
                registered.executeUpdate();
            }
            CompletableFuture<Api.Response> second = CompletableFuture.supplyAsync(() -> chair.post(drafts, draft));
            while (!second.isDone() && jdbc.sql("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock'""").query(Integer.class).single() == 0) {
                Thread.sleep(10);
            }
            first.commit();

            Api.Response conflict = second.get(60, TimeUnit.SECONDS);
            assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
            assertThat(conflict.json().path("code").asText()).isEqualTo("CONCURRENT_CHANGE");
        }
        assertThat(jdbc.sql(draftsStored).query(Integer.class).single()).as("stored drafts").isEqualTo(storedBefore);
        // Sent again, the draft meets the plan of that year.
        Api.Response again = chair.post(drafts, draft);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("ANNUAL_PLAN_EXISTS");
    }
}
