package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kg.mektep.birikme.api.common.SchoolYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time travel over HTTP: an association's state on past dates and at past positions, replayed from
 * the event store, against what the test itself knows it did on each day; the step list; the text of
 * a plan in force on a date.
 */
class TimeTravelEndToEndTest {

    @TempDir
    Path data;

    /** What the test did, known independently of the service: members and chair after each step. */
    record Expected(Set<String> members, String chairId, String planStatus, int protocols) {
    }

    @Test
    void anAssociationAndItsPlanOnPastDates() {
        MovableClock clock = new MovableClock();
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), clock, "--birikme.embedded.durable=false",
                "--birikme.security.session-lifetime=3650d")) {
            ZoneId bishkek = ZoneId.of("Asia/Bishkek");
            School school = School.register(app.admin(), "№77 мектеп").withTeachers("Физика",
                    "Айжан Өмүрова", "Бакыт Ңазаров", "Гүлнара Үсөнова", "Данияр Асанов", "Жылдыз Токтоева");
            List<String> t = school.teachers;
            TreeMap<LocalDate, Expected> byDay = new TreeMap<>();
            Map<Long, Expected> byPosition = new java.util.LinkedHashMap<>();
            Set<String> members = new LinkedHashSet<>(t.subList(0, 4));

            LocalDate day0 = LocalDate.now(clock.withZone(bishkek));
            Api.Response created = school.director.post(school.associations(),
                    school.association("Физика бирикмеси", "Физика", t.subList(0, 4)));
            String association = school.associations() + "/" + created.id();
            byPosition.put(created.position(), new Expected(Set.copyOf(members), null, null, 0));
            byDay.put(day0, new Expected(Set.copyOf(members), null, null, 0));

            clock.advance(Duration.ofDays(2));
            Api chair = school.teacher(0);
            Api.Response elected = chair.post(association + "/chair/election",
                    Map.of("teacherId", t.get(0), "meetingDate", day0.plusDays(2).toString()));
            byPosition.put(elected.position(), new Expected(Set.copyOf(members), t.get(0), null, 0));
            byDay.put(day0.plusDays(2), new Expected(Set.copyOf(members), t.get(0), null, 0));

            clock.advance(Duration.ofDays(3));
            school.director.post(association + "/members", Map.of("teacherId", t.get(4)));
            members.add(t.get(4));
            int year = SchoolYear.containing(day0).startYear() + 1;
            String planId = chair.post(association + "/annual-plans", Map.of("schoolYear", year,
                    "content", PlansEndToEndTest.contentFor(year, t.get(1), "Биринчи максат", "Ньютондун мыйзамдары"))).id();
            Api.Response submitted = chair.post("/api/schools/" + school.id + "/annual-plans/" + planId + "/submission",
                    Map.of());
            byPosition.put(submitted.position(), new Expected(Set.copyOf(members), t.get(0), "SUBMITTED", 0));
            byDay.put(day0.plusDays(5), new Expected(Set.copyOf(members), t.get(0), "SUBMITTED", 0));

            clock.advance(Duration.ofDays(5));
            school.deputy.post("/api/schools/" + school.id + "/annual-plans/" + planId + "/approval", Map.of("version", 1));
            Api.Response protocol = chair.post(association + "/protocols", Map.of(
                    "date", day0.plusDays(10).toString(), "presentIds", List.copyOf(members),
                    "agenda", List.of("Жылдык план"), "resolutions", List.of(Map.of("text", "План кабыл алынсын"))));
            assertThat(protocol.status()).as(protocol.body()).isEqualTo(201);
            byPosition.put(protocol.position(), new Expected(Set.copyOf(members), t.get(0), "APPROVED", 1));
            byDay.put(day0.plusDays(10), new Expected(Set.copyOf(members), t.get(0), "APPROVED", 1));

            clock.advance(Duration.ofDays(10));
            chair.post("/api/schools/" + school.id + "/annual-plans/" + planId + "/revisions", Map.of("content",
                    PlansEndToEndTest.contentFor(year, t.get(1), "Экинчи максат", "Энергиянын сакталышы")));
            Api.Response removed = school.director.delete(association + "/members/" + t.get(1) + "?reason=Которулду");
            assertThat(removed.status()).as(removed.body()).isEqualTo(202);
            members.remove(t.get(1));
            byPosition.put(removed.position(), new Expected(Set.copyOf(members), t.get(0), "AMENDED_AWAITING_APPROVAL", 1));
            byDay.put(day0.plusDays(20), new Expected(Set.copyOf(members), t.get(0), "AMENDED_AWAITING_APPROVAL", 1));
            long last = removed.position();

            JsonNode before = school.director.get(association + "/state?at=" + day0.minusDays(1) + "&after=" + last).json();
            assertThat(before.path("status").asText()).isEqualTo("NOT_CREATED");
            assertThat(before.path("members")).isEmpty();

            byDay.forEach((day, expected) -> {
                JsonNode state = school.director.get(association + "/state?at=" + day).json();
                assertState(state, expected, "on " + day);
                // A day between two steps shows the earlier one.
                JsonNode nextDay = school.director.get(association + "/state?at=" + day.plusDays(1)).json();
                Expected atNextDay = byDay.floorEntry(day.plusDays(1)).getValue();
                assertState(nextDay, atNextDay, "on " + day.plusDays(1));
            });
            byPosition.forEach((position, expected) -> assertState(
                    school.director.get(association + "/state?position=" + position).json(), expected, "at " + position));
            JsonNode now = school.director.get(association + "/state").json();
            assertState(now, byDay.lastEntry().getValue(), "now");
            assertThat(now.path("members").findValuesAsText("fullName")).contains("Жылдыз Токтоева")
                    .doesNotContain("Бакыт Ңазаров");
            assertThat(now.path("chair").path("fullName").asText()).isEqualTo("Айжан Өмүрова");

            // Step by step: every event once, in order, the last state equal to the state now.
            List<JsonNode> steps = new ArrayList<>();
            long from = 0;
            while (true) {
                JsonNode page = school.director.get(association + "/steps?limit=3&from=" + from).json();
                page.path("steps").forEach(steps::add);
                if (page.path("next").isNull() || page.path("next").isMissingNode()) {
                    break;
                }
                from = page.path("next").asLong();
            }
            assertThat(steps).hasSize(now.path("eventsReplayed").asInt());
            assertThat(steps.stream().map(step -> step.path("position").asLong()).toList()).isSorted();
            assertThat(steps.get(0).path("eventType").asText()).isEqualTo("AssociationCreatedEvent");
            assertThat(steps.get(steps.size() - 1).path("stateAfter")).isEqualTo(now);
            assertThat(steps.get(0).path("description").asText()).startsWith("Усулдук бирикме түзүлдү: «Физика бирикмеси»");
            assertThat(school.director.inLanguage("en").get(association + "/steps?limit=1").json().path("steps").get(0)
                    .path("description").asText()).startsWith("Methodological association created");

            // The plan: the text in force on a date is the approved version of that date.
            String plan = "/api/schools/" + school.id + "/annual-plans/" + planId + "/state";
            JsonNode submittedDay = school.director.get(plan + "?at=" + day0.plusDays(5)).json();
            assertThat(submittedDay.path("status").asText()).isEqualTo("SUBMITTED");
            assertThat(submittedDay.path("versionInForce").asInt()).isZero();
            assertThat(submittedDay.path("contentInForce").isNull()).isTrue();
            JsonNode approvedDay = school.director.get(plan + "?at=" + day0.plusDays(10)).json();
            assertThat(approvedDay.path("versionInForce").asInt()).isEqualTo(1);
            assertThat(approvedDay.path("contentInForce").path("theme").path("goal").asText()).isEqualTo("Биринчи максат");
            JsonNode planNow = school.director.get(plan).json();
            assertThat(planNow.path("versionInForce").asInt()).isEqualTo(1);
            assertThat(planNow.path("currentVersion").asInt()).isEqualTo(2);
            assertThat(planNow.path("currentContent").path("theme").path("goal").asText()).isEqualTo("Экинчи максат");
            assertThat(planNow.path("contentInForce").path("theme").path("goal").asText()).isEqualTo("Биринчи максат");

            // Other schools and unknown ids answer not found; bad parameters a problem.
            School other = School.register(app.admin(), "№78 мектеп");
            assertThat(other.director.get(association + "/state").status()).isEqualTo(404);
            assertThat(school.director.get(school.associations() + "/unknown/state").status()).isEqualTo(404);
            Api.Response badDate = school.director.get(association + "/state?at=2026-13-40");
            assertThat(badDate.status()).isEqualTo(400);
            assertThat(badDate.contentType()).startsWith("application/problem+json");
            assertThat(school.director.get(association + "/steps?limit=0").status()).isEqualTo(400);
        }
    }

    private static void assertState(JsonNode state, Expected expected, String when) {
        assertThat(state.path("status").asText()).as(when).isEqualTo("ACTIVE");
        assertThat(state.path("members").findValuesAsText("teacherId")).as(when)
                .containsExactlyInAnyOrderElementsOf(expected.members());
        if (expected.chairId() == null) {
            assertThat(state.path("chair").isNull()).as(when).isTrue();
        } else {
            assertThat(state.path("chair").path("teacherId").asText()).as(when).isEqualTo(expected.chairId());
        }
        JsonNode plans = state.path("annualPlans");
        if (expected.planStatus() == null) {
            assertThat(plans).as(when).isEmpty();
        } else {
            assertThat(plans.get(0).path("status").asText()).as(when).isEqualTo(expected.planStatus());
        }
        int protocols = 0;
        for (JsonNode year : state.path("protocols")) {
            protocols += year.path("recorded").asInt();
        }
        assertThat(protocols).as(when).isEqualTo(expected.protocols());
    }
}
