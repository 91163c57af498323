package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Meetings of an association over HTTP: protocols numbered without gaps, quorum, corrections, print. */
class MeetingsEndToEndTest {

    @TempDir
    Path data;

    @Test
    void protocolsOfAYear() {
        // The school's today: late November of the year, then its end, when the deputy analyses it.
        MovableClock clock = new MovableClock(LocalDate.of(2026, 11, 27).atTime(9, 0)
                .atZone(java.time.ZoneId.of("Asia/Bishkek")).toInstant());
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), clock, "--birikme.embedded.durable=false",
                "--birikme.security.session-lifetime=3650d")) {
            School school = School.register(app.admin(), "№40 мектеп").withTeachers("Тарых",
                    "Алтынай Өмүрова", "Бекзат Ңазаров", "Гүлайым Үсөнова", "Дастан Асанов", "Жанара Токтоева");
            Api chair = school.teacher(0);
            String association = school.associations() + "/" + school.director.post(school.associations(),
                    school.association("Тарых бирикмеси", "Тарых", school.teachers.subList(0, 4))).id();
            chair.post(association + "/chair/election", Map.of("teacherId", school.teachers.get(0), "meetingDate", "2026-09-01"));
            List<String> t = school.teachers;
            int year = 2026;

            Api.Response scheduled = chair.post(association + "/meetings",
                    Map.of("date", "2026-09-10", "agenda", List.of("Жылдык планды талкуулоо")));
            assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(202);
            assertThat(chair.get(association + "/meetings?year=" + year + "&after=" + scheduled.position()).json()
                    .findValuesAsText("date")).containsExactly("2026-09-10");

            String individual = school.teacher(1).post(association + "/individual-plans", Map.of("teacherId", t.get(1),
                    "schoolYear", year, "content", Map.of("workItems", List.of("Ачык сабак: Манас эпосу")))).id();

            String material = school.teacher(1).post(association + "/attestation-materials", Map.of("schoolYear", year,
                    "kind", "GRADUATION_ORAL_EXAM", "subject", "Кыргызстандын тарыхы", "className", "11-А",
                    "title", "Оозеки экзамендин билеттери")).id();
            clock.advance(java.time.Duration.ofMinutes(5));

            Api.Response first = chair.post(association + "/protocols", Map.of(
                    "date", "2026-09-10",
                    "presentIds", t.subList(0, 4),
                    "agenda", List.of("Жылдык план", "Жеке пландар"),
                    "heard", List.of(Map.of("speaker", t.get(0), "subject", "Жылдык иш планы жөнүндө")),
                    "resolutions", List.of(
                            Map.of("text", "Бекзат Ңазаровдун жеке планы бекитилсин", "approvesIndividualPlanId", individual),
                            Map.of("text", "Ачык сабактардын графиги түзүлсүн", "responsibleIds", List.of(t.get(2)),
                                    "deadline", "2026-09-20"))));
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            assertThat(first.json().path("number").asInt()).isEqualTo(1);

            Api.Response incomplete = chair.post(association + "/protocols", Map.of("date", "2026-10-01",
                    "presentIds", t.subList(0, 3), "agenda", List.of("x"), "resolutions", List.of(Map.of("text", "y"))));
            assertThat(incomplete.json().path("code").asText()).isEqualTo("ATTENDANCE_INCOMPLETE");

            Api.Response notQuorate = chair.post(association + "/protocols", Map.of(
                    "date", "2026-10-01",
                    "presentIds", t.subList(0, 2),
                    "absences", List.of(Map.of("teacherId", t.get(2), "reason", "Ооруп калды"),
                            Map.of("teacherId", t.get(3), "reason", "Курстарда")),
                    "agenda", List.of("Предметтик жумалык"),
                    "resolutions", List.of(Map.of("text", "Жумалык ноябрда өткөрүлсүн"))));
            assertThat(notQuorate.json().path("number").asInt()).as("no gap after a refusal").isEqualTo(2);

            assertThat(chair.post(association + "/protocols/" + year + "/2/resolutions/1/completion", Map.of())
                    .json().path("code").asText()).isEqualTo("RESOLUTION_NOT_ADOPTED");
            assertThat(chair.post(association + "/protocols/" + year + "/1/resolutions/1/completion", Map.of())
                    .status()).isEqualTo(202);
            Api.Response corrected = chair.post(association + "/protocols/" + year + "/1/corrections", Map.of(
                    "field", "heard[0].subject", "correction", "Жылдык иш планы жана усулдук тема жөнүндө",
                    "reason", "Баяндаманын аталышы толук жазылган эмес"));
            assertThat(corrected.status()).isEqualTo(202);

            Api.Response approvedBySecond = chair.post("/api/schools/" + school.id + "/individual-plans/" + individual
                    + "/approval", Map.of("version", 1, "protocol", Map.of("number", "2", "date", "2026-10-01")));
            assertThat(approvedBySecond.json().path("code").asText()).isEqualTo("PROTOCOL_NOT_QUORATE");
            Api.Response approvedByUnknown = chair.post("/api/schools/" + school.id + "/individual-plans/" + individual
                    + "/approval", Map.of("version", 1, "protocol", Map.of("number", "1", "date", "2026-09-11")));
            assertThat(approvedByUnknown.json().path("code").asText()).isEqualTo("PROTOCOL_NOT_RECORDED");
            Api.Response approved = chair.post("/api/schools/" + school.id + "/individual-plans/" + individual
                    + "/approval", Map.of("version", 1, "protocol", Map.of("number", "1", "date", "2026-09-10")));
            assertThat(approved.status()).as(approved.body()).isEqualTo(202);

            // R14: attestation material is approved only by a resolution of a quorate meeting recorded after it came.
            clock.advance(java.time.Duration.ofMinutes(5));
            String lateMaterial = school.teacher(1).post(association + "/attestation-materials", Map.of("schoolYear", year,
                    "kind", "TRANSFER_FINAL_CHECK", "subject", "Кыргызстандын тарыхы", "className", "10-Б",
                    "title", "Жыйынтык текшерүү иши")).id();
            assertThat(chair.post("/api/schools/" + school.id + "/attestation-materials/" + lateMaterial + "/approval",
                    Map.of("protocol", Map.of("number", "1", "date", "2026-09-10"))).json().path("code").asText())
                    .isEqualTo("PROTOCOL_BEFORE_MATERIAL");
            assertThat(chair.post("/api/schools/" + school.id + "/attestation-materials/" + material + "/approval",
                    Map.of("protocol", Map.of("number", "2", "date", "2026-10-01"))).json().path("code").asText())
                    .isEqualTo("PROTOCOL_NOT_QUORATE");
            Api.Response materialApproved = chair.post("/api/schools/" + school.id + "/attestation-materials/" + material
                    + "/approval", Map.of("protocol", Map.of("number", "1", "date", "2026-09-10")));
            assertThat(materialApproved.status()).as(materialApproved.body()).isEqualTo(202);
            JsonNode materials = school.director.get(association + "/attestation-materials?year=" + year + "&after="
                    + materialApproved.position()).json();
            assertThat(materials.get(0).path("status").asText()).isEqualTo("APPROVED");
            assertThat(materials.get(0).path("authorName").asText()).isEqualTo("Бекзат Ңазаров");
            assertThat(materials.get(0).path("protocol").path("number").asText()).isEqualTo("1");

            JsonNode register = school.director.get(association + "/protocols?year=" + year + "&after="
                    + approved.position()).json();
            assertThat(register.findValuesAsText("number")).containsExactly("1", "2");
            assertThat(register.get(0).path("quorate").asBoolean()).isTrue();
            assertThat(register.get(1).path("quorate").asBoolean()).isFalse();
            assertThat(register.get(0).path("resolutions").findValuesAsText("status"))
                    .containsExactly("DONE", "OVERDUE");
            assertThat(register.get(1).path("resolutions").findValuesAsText("status")).containsExactly("NOT_ADOPTED");
            assertThat(register.get(0).path("corrections").get(0).path("field").asText()).isEqualTo("heard[0].subject");
            assertThat(register.get(0).path("content").path("heard").get(0).path("subject").asText())
                    .as("the recorded protocol is not edited").isEqualTo("Жылдык иш планы жөнүндө");
            assertThat(register.get(1).path("corrections")).as("each protocol has only its own corrections").isEmpty();
            JsonNode firstProtocol = school.director.get(association + "/protocols/" + year + "/1").json();
            assertThat(firstProtocol.path("number").asInt()).isEqualTo(1);
            assertThat(firstProtocol.path("corrections").findValuesAsText("field")).containsExactly("heard[0].subject");
            assertThat(firstProtocol.path("resolutions").findValuesAsText("status"))
                    .containsExactly("DONE", "OVERDUE");
            JsonNode second = school.director.get(association + "/protocols/" + year + "/2").json();
            assertThat(second.path("corrections")).isEmpty();
            assertThat(second.path("resolutions").findValuesAsText("status")).containsExactly("NOT_ADOPTED");

            Api.Response page = school.director.get(association + "/protocols/" + year + "/2/print");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html").contains("UTF-8");
            assertThat(page.body()).contains("№2 ПРОТОКОЛ").contains("Алтынай Өмүрова").contains("Ооруп калды")
                    .contains("Кворум болгон жок").contains("Төрага: ____________ Алтынай Өмүрова")
                    // The resolution's status is told in Kyrgyz, as the rest of the page.
                    .contains("<em>(кабыл алынган жок)</em>").doesNotContain("NOT_ADOPTED");
            assertThat(school.director.get(association + "/protocols/" + year + "/9").status()).isEqualTo(404);

            // R11: the deputy analyses the year at its end, at its last meeting, which closes the year's book.
            assertThat(school.deputy.post(association + "/protocols/" + year + "/analysis", Map.of("number", 2,
                    "analysis", "Жыл ийгиликтүү", "recommendations", List.of("Семинар"))).json().path("code").asText())
                    .as("in November").isEqualTo("ANALYSIS_BEFORE_YEAR_END");
            clock.moveTo(LocalDate.of(2027, 5, 24));
            assertThat(chair.post(association + "/protocols", Map.of("date", "2027-05-24", "presentIds", t.subList(0, 4),
                    "agenda", List.of("Жылдын жыйынтыгы"), "resolutions", List.of(Map.of("text", "Жыйынтык бекитилсин"))))
                    .status()).isEqualTo(201);
            assertThat(school.deputy.post(association + "/protocols/" + year + "/analysis", Map.of("number", 2,
                    "analysis", "Жыл ийгиликтүү", "recommendations", List.of("Семинар"))).json().path("code").asText())
                    .isEqualTo("ANALYSIS_NOT_AT_LAST_MEETING");
            Api.Response analysed = school.deputy.post(association + "/protocols/" + year + "/analysis", Map.of("number", 3,
                    "analysis", "Бирикме жылдык планды аткарды; ачык сабактар жогорку деңгээлде өттү.",
                    "recommendations", List.of("Жаш мугалимдерге насаатчы бекитүү")));
            assertThat(analysed.status()).as(analysed.body()).isEqualTo(202);
            JsonNode analysis = school.director.get(association + "/protocols/" + year + "/analysis?after="
                    + analysed.position()).json();
            assertThat(analysis.path("number").asInt()).isEqualTo(3);
            assertThat(analysis.path("recommendations").get(0).asText()).isEqualTo("Жаш мугалимдерге насаатчы бекитүү");
            assertThat(chair.post(association + "/protocols", Map.of("date", "2027-05-24", "presentIds", t.subList(0, 4),
                    "agenda", List.of("x"), "resolutions", List.of(Map.of("text", "y")))).json().path("code").asText())
                    .isEqualTo("YEAR_ALREADY_ANALYSED");

            // Dissolved, the association records nothing more: a resolution not done is closed, not overdue.
            Api.Response dissolved = school.director.post(association + "/dissolution", Map.of(
                    "order", Map.of("number", "91", "date", "2026-11-20"),
                    "proposal", Map.of("by", "DEPUTY_TEACHING", "number", "5", "date", "2026-11-18")));
            assertThat(dissolved.status()).as(dissolved.body()).isEqualTo(202);
            JsonNode closed = school.director.get(association + "/protocols?year=" + year + "&after="
                    + dissolved.position()).json();
            assertThat(closed.get(0).path("resolutions").findValuesAsText("status")).containsExactly("DONE", "CLOSED");
            assertThat(closed.get(1).path("resolutions").findValuesAsText("status")).containsExactly("NOT_ADOPTED");
            assertThat(school.director.get(association + "/protocols/" + year + "/1").json().path("resolutions")
                    .findValuesAsText("status")).containsExactly("DONE", "CLOSED");
        }
    }
}
