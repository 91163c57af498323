package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R17 over HTTP: a young teacher gets a mentor; the mentor records sessions; the list shows both, and the mentorship's end. */
class MentoringEndToEndTest {

    @TempDir
    Path data;

    @Test
    void aYoungTeacherAndAMentor() {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false")) {
            School school = School.register(app.admin(), "№50 мектеп").withTeachers("Химия",
                    "Асылбек Өмүров", "Бурул Үсөнова", "Гүлбара Ңазарова", "Дамира Асанова");
            String association = school.associations() + "/" + school.director.post(school.associations(),
                    school.association("Химия бирикмеси", "Химия", school.teachers.subList(0, 4))).id();
            school.teacher(0).post(association + "/chair/election",
                    Map.of("teacherId", school.teachers.get(0), "meetingDate", "2026-09-01"));
            String young = school.withTeacherHired("Химия", "Элнура Жаңыбаева", "2025-09-01");
            school.director.post(association + "/members", Map.of("teacherId", young));

            Api.Response notYoung = school.teacher(0).post(association + "/mentorships", Map.of(
                    "menteeId", school.teachers.get(2), "mentorId", school.teachers.get(1), "since", "2026-09-15"));
            assertThat(notYoung.json().path("code").asText()).isEqualTo("MENTEE_NOT_YOUNG");

            Api.Response assigned = school.teacher(0).post(association + "/mentorships", Map.of(
                    "menteeId", young, "mentorId", school.teachers.get(1), "since", "2026-09-15"));
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
            Api.Response session = school.teacher(1).post("/api/schools/" + school.id + "/mentorships/" + assigned.id()
                    + "/sessions", Map.of("date", "2026-10-02", "subject", "Лабораториялык ишти уюштуруу"));
            assertThat(session.status()).as(session.body()).isEqualTo(202);
            assertThat(school.teacher(2).post("/api/schools/" + school.id + "/mentorships/" + assigned.id() + "/sessions",
                    Map.of("date", "2026-10-03", "subject", "x")).json().path("code").asText()).isEqualTo("NOT_THE_MENTOR");

            JsonNode mentorships = school.director.get(association + "/mentorships?after=" + session.position()).json();
            assertThat(mentorships).hasSize(1);
            assertThat(mentorships.get(0).path("menteeName").asText()).isEqualTo("Элнура Жаңыбаева");
            assertThat(mentorships.get(0).path("mentorName").asText()).isEqualTo("Бурул Үсөнова");
            assertThat(mentorships.get(0).path("sessions").asInt()).isEqualTo(1);
            assertThat(mentorships.get(0).path("lastSession").asText()).isEqualTo("2026-10-02");

            // R18: the deputy controls the mentors' help; the follow-up, long past, shows as overdue.
            Api.Response visit = school.methodist.post(association + "/control-visits", Map.of(
                    "topic", "MENTORS_HELP_TO_YOUNG_TEACHERS", "date", "2026-10-10",
                    "findings", "Насаатчылык сабактары пландалган, бирөө өттү", "followUp", "2026-10-20",
                    "recommendations", java.util.List.of("Айына эки сабак")));
            assertThat(visit.status()).as(visit.body()).isEqualTo(201);
            assertThat(school.teacher(1).post(association + "/control-visits", Map.of("topic", "CLASS_JOURNALS",
                    "date", "2026-10-10", "findings", "x", "followUp", "2026-10-20")).status()).isEqualTo(403);
            JsonNode visits = school.director.get(association + "/control-visits?after=" + visit.position()).json();
            assertThat(visits.get(0).path("topic").asText()).isEqualTo("MENTORS_HELP_TO_YOUNG_TEACHERS");
            assertThat(visits.get(0).path("followUpStatus").asText())
                    .isEqualTo(java.time.LocalDate.now().isAfter(java.time.LocalDate.of(2026, 10, 21)) ? "OVERDUE" : "DUE");

            // The mentor leaves the association: the mentorship ends that day, and the mentor records no more sessions.
            Api.Response left = school.director.delete(association + "/members/" + school.teachers.get(1));
            assertThat(left.status()).as(left.body()).isEqualTo(202);
            JsonNode ended = school.director.get(association + "/mentorships?after=" + left.position()).json();
            assertThat(ended.get(0).path("endedOn").asText())
                    .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bishkek")).toString());
            assertThat(school.teacher(1).post("/api/schools/" + school.id + "/mentorships/" + assigned.id() + "/sessions",
                    Map.of("date", "2026-10-09", "subject", "Сабак пландоо")).json().path("code").asText())
                    .isEqualTo("NOT_A_MEMBER");

            // Dissolved, the association is controlled no more: the follow-up is closed, not overdue.
            Api.Response dissolved = school.director.post(association + "/dissolution", Map.of(
                    "order", Map.of("number", "92", "date", "2026-11-01"),
                    "proposal", Map.of("by", "DEPUTY_TEACHING", "number", "6", "date", "2026-10-28")));
            assertThat(dissolved.status()).as(dissolved.body()).isEqualTo(202);
            assertThat(school.director.get(association + "/control-visits?after=" + dissolved.position()).json()
                    .get(0).path("followUpStatus").asText()).isEqualTo("CLOSED");
        }
    }
}
