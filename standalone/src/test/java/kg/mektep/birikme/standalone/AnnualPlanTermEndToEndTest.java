package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R6 (clause 5.4) judged by one term everywhere: an association opened during its first school year
 * owes its annual plan 30 days after its opening order (`birikme.record-file.grace-days`), not by 30
 * September. The plan register, the approval audit, the timeline and compliance agree on it.
 */
class AnnualPlanTermEndToEndTest {

    private static final int YEAR = 2026;

    @TempDir
    Path data;

    private MovableClock clock;

    @Test
    void anAssociationOpenedInNovemberHasThirtyDaysForItsPlanInEveryView() {
        clock = new MovableClock(LocalDate.of(2026, 11, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Bishkek")).toInstant());
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), clock, "--birikme.embedded.durable=false",
                "--birikme.security.session-lifetime=3650d")) {
            School school = School.register(app.admin(), "Нарын шаарындагы №2 мектеп").withTeachers("Химия",
                    "Айгерим Ңурланова", "Бакыт Өмүров", "Гүлнур Үсөнова", "Данияр Токтогулов",
                    "Элнура Асанова", "Жылдыз Бекова", "Замир Осмонов", "Ирина Ким");
            List<String> t = school.teachers;
            String s = "/api/schools/" + school.id;
            String onTime = open(school, "Химия мугалимдеринин бирикмеси", t.subList(0, 4));
            String late = open(school, "Химия жана биология бирикмеси", t.subList(4, 8));
            String onTimePlan = submittedPlan(school, onTime, t.get(1));
            String latePlan = submittedPlan(school, late, t.get(5));

            // 20 November: within the 30 days after the order of 2 November, past 30 September.
            clock.moveTo(LocalDate.of(2026, 11, 20));
            ok(school.deputy.post(s + "/annual-plans/" + onTimePlan + "/approval", Map.of("version", 1)));
            JsonNode timeline = school.director.get(s + "/timeline?year=" + YEAR).json();
            assertThat(timeline.path("overdue").findValuesAsText("kind")).doesNotContain("ANNUAL_PLAN_NOT_APPROVED");

            // 5 December: the other plan is three days overdue, from 2 December.
            clock.moveTo(LocalDate.of(2026, 12, 5));
            timeline = school.director.get(s + "/timeline?year=" + YEAR).json();
            List<JsonNode> unapproved = new ArrayList<>();
            timeline.path("overdue").forEach(item -> {
                if (item.path("kind").asText().equals("ANNUAL_PLAN_NOT_APPROVED")) {
                    unapproved.add(item);
                }
            });
            assertThat(unapproved).hasSize(1);
            assertThat(unapproved.get(0).path("associationId").asText()).isEqualTo(late);
            assertThat(unapproved.get(0).path("due").asText()).isEqualTo("2026-12-02");
            assertThat(unapproved.get(0).path("daysOverdue").asLong()).isEqualTo(3);
            Api.Response approvedLate = ok(school.deputy.post(s + "/annual-plans/" + latePlan + "/approval",
                    Map.of("version", 1)));

            Map<String, JsonNode> register = new HashMap<>();
            school.director.get(s + "/plans?year=" + YEAR + "&after=" + approvedLate.position()).json()
                    .forEach(entry -> register.put(entry.path("associationId").asText(), entry.path("annual")));
            assertThat(register.get(onTime).path("status").asText()).isEqualTo("APPROVED");
            assertThat(register.get(onTime).path("late").asBoolean()).isFalse();
            assertThat(register.get(late).path("status").asText()).isEqualTo("APPROVED_LATE");
            assertThat(register.get(late).path("late").asBoolean()).isTrue();

            Map<String, Boolean> audit = new HashMap<>();
            school.director.get(s + "/plan-approvals?year=" + YEAR).json().forEach(step -> {
                if (step.path("action").asText().equals("APPROVED")) {
                    audit.put(step.path("associationId").asText(), step.path("late").asBoolean());
                }
            });
            assertThat(audit).containsEntry(onTime, false).containsEntry(late, true);

            assertThat(r6(school, onTime).path("status").asText()).isEqualTo("MET");
            assertThat(r6(school, late).path("status").asText()).isEqualTo("NOT_MET");
            assertThat(r6(school, late).path("finding").asText()).isEqualTo("PLAN_APPROVED_LATE");
        }
    }

    /** An association opened by the order of 2 November 2026, its chair elected that day. */
    private static String open(School school, String name, List<String> members) {
        Map<String, Object> association = new HashMap<>(school.association(name, "Химия", members));
        association.put("order", Map.of("number", "77", "date", "2026-11-02"));
        association.put("proposal", Map.of("by", "DEPUTY_TEACHING", "number", "21", "date", "2026-10-28"));
        association.put("pedagogicalCouncilDecision", Map.of("number", "3", "date", "2026-10-26"));
        association.put("methodologicalCouncilApproval", Map.of("number", "2", "date", "2026-10-27"));
        String id = ok(school.director.post(school.associations(), association)).id();
        ok(school.teacher(school.teachers.indexOf(members.get(0))).post(school.associations() + "/" + id
                + "/chair/election", Map.of("teacherId", members.get(0), "meetingDate", "2026-11-02")));
        return id;
    }

    private static String submittedPlan(School school, String association, String lessonTeacher) {
        Api chair = chairOf(school, association);
        String planId = ok(chair.post(school.associations() + "/" + association + "/annual-plans", Map.of(
                "schoolYear", YEAR, "content", PlansEndToEndTest.contentFor(YEAR, lessonTeacher, "Максат", "Тема")))).id();
        ok(chair.post("/api/schools/" + school.id + "/annual-plans/" + planId + "/submission", Map.of()));
        return planId;
    }

    private static Api chairOf(School school, String association) {
        String chairId = school.director.get(school.associations() + "/" + association).json().path("chairId").asText();
        return school.teacher(school.teachers.indexOf(chairId));
    }

    private static JsonNode r6(School school, String association) {
        for (JsonNode rule : school.director.get(school.associations() + "/" + association + "/compliance?year=" + YEAR)
                .json().path("rules")) {
            if (rule.path("rule").asText().equals("R6")) {
                return rule;
            }
        }
        throw new AssertionError("no R6 in the compliance of " + association);
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201, 202);
        return response;
    }
}
