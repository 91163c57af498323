package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default run as a user meets it: the standalone application on its embedded PostgreSQL,
 * driven over HTTP, stopped and started again on the same data directory.
 */
class StandaloneEndToEndTest {

    @TempDir
    Path data;

    @Test
    void associationAndItsMembersReadTheSameAfterARestart() {
        String schoolId;
        String associationId;
        JsonNode associationsBefore;
        JsonNode membersBefore;
        try (RunningApp app = RunningApp.start(data.resolve("postgres"))) {
            Api api = app.api();
            School school = School.register(api, "Ош шаарындагы №12 орто мектеп")
                    .withTeachers(api, "Физика", "Айгүл Сыдыкова", "Нурбек Өмүров", "Чыңгыз Үсөнов", "Гүлнара Бекова");
            Api.Response created = api.post(school.associations(),
                    school.association("Физика мугалимдеринин усулдук бирикмеси", "Физика", school.teachers));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            associationId = created.id();
            String association = school.associations() + "/" + associationId;

            Api.Response elected = api.post(association + "/chair/election",
                    Map.of("teacherId", school.teachers.get(1), "meetingDate", "2026-09-02"));
            assertThat(elected.status()).as(elected.body()).isEqualTo(202);
            assertThat(elected.position()).isGreaterThan(created.position());

            associationsBefore = api.get(school.associations() + "?after=" + elected.position()).json();
            assertThat(associationsBefore).hasSize(1);
            JsonNode summary = associationsBefore.get(0);
            assertThat(summary.path("name").asText()).isEqualTo("Физика мугалимдеринин усулдук бирикмеси");
            assertThat(summary.path("kind").asText()).isEqualTo("SUBJECT_AREA");
            assertThat(summary.path("status").asText()).isEqualTo("ACTIVE");
            assertThat(summary.path("memberCount").asInt()).isEqualTo(4);
            assertThat(summary.path("chairName").asText()).isEqualTo("Нурбек Өмүров");
            assertThat(summary.path("chairConfirmed").asBoolean()).isFalse();

            membersBefore = api.get(association + "/members?after=" + elected.position()).json();
            assertThat(membersBefore.path("members")).hasSize(4);
            assertThat(membersBefore.path("members").findValuesAsText("fullName"))
                    .containsExactlyInAnyOrder("Айгүл Сыдыкова", "Нурбек Өмүров", "Чыңгыз Үсөнов", "Гүлнара Бекова");
            assertThat(membersBefore.path("members").findValuesAsText("role"))
                    .containsOnlyOnce("CHAIR").contains("MEMBER");
            schoolId = school.id;
        }

        try (RunningApp app = RunningApp.start(data.resolve("postgres"))) {
            Api api = app.api();
            String associations = "/api/schools/" + schoolId + "/associations";
            assertThat(api.get(associations).json()).isEqualTo(associationsBefore);
            assertThat(api.get(associations + "/" + associationId + "/members").json()).isEqualTo(membersBefore);
        }
    }

    @Test
    void theEmbeddedDatabaseWritesDurably() {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"))) {
            JdbcClient jdbc = JdbcClient.create(app.bean(DataSource.class));
            assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW full_page_writes").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW server_encoding").query(String.class).single()).isEqualTo("UTF8");
        }
    }

    @Test
    void kyrgyzLettersSurviveCommandEventStoreProjectionAndRead() {
        String name = "Өмүрбек Ңурланович Үсөналиев";
        String subject = "Кыргыз тили жана адабияты";
        try (RunningApp app = RunningApp.start(data.resolve("postgres"))) {
            Api api = app.api();
            School school = School.register(api, "Нарын облусундагы Ө. Үсөнов атындагы мектеп");
            Api.Response teacher = api.post("/api/schools/" + school.id + "/teachers",
                    Map.of("fullName", name, "subjects", List.of(subject), "hireDate", "2020-09-01"));
            assertThat(teacher.status()).as(teacher.body()).isEqualTo(201);

            String stored = JdbcClient.create(app.bean(DataSource.class))
                    .sql("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?")
                    .param(teacher.id()).query(String.class).single();
            assertThat(stored).contains(name).contains(subject);

            JsonNode staff = api.get("/api/schools/" + school.id + "/teachers?after=" + teacher.position()).json();
            assertThat(staff.get(0).path("fullName").asText()).isEqualTo(name);
            assertThat(staff.get(0).path("subjects").get(0).asText()).isEqualTo(subject);
            assertThat(api.get("/api/schools/" + school.id).json().path("name").asText())
                    .isEqualTo("Нарын облусундагы Ө. Үсөнов атындагы мектеп");
        }
    }

    @Test
    void everyEventCarriesSchoolActorCorrelationAndCausation() throws Exception {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"))) {
            Api deputy = app.api().with("X-Actor-Id", "deputy-7").with("X-Actor-Role", "DEPUTY_TEACHING")
                    .with("X-Correlation-Id", "request-42");
            School school = School.register(deputy, "№1 гимназия");
            String metadata = JdbcClient.create(app.bean(DataSource.class))
                    .sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?")
                    .param(school.id).query(String.class).single();
            JsonNode meta = Api.JSON.readTree(metadata);
            assertThat(meta.path("schoolId").asText()).isEqualTo(school.id);
            assertThat(meta.path("actorId").asText()).isEqualTo("deputy-7");
            assertThat(meta.path("actorRole").asText()).isEqualTo("DEPUTY_TEACHING");
            assertThat(meta.path("correlationId").asText()).isEqualTo("request-42");
            assertThat(meta.path("causationId").asText()).isNotBlank().isNotEqualTo("request-42");
        }
    }

    @Test
    void aLeavingChairLeavesTheChairEmptyInTheReadModels() {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"))) {
            Api api = app.api();
            School school = School.register(api, "№3 мектеп")
                    .withTeachers(api, "Тарых", "Асан Үсөнов", "Бермет Ормонова", "Жаңыл Токтогулова",
                            "Мээрим Ңазарова", "Төлөгөн Касымов");
            String association = school.associations() + "/"
                    + api.post(school.associations(), school.association("Тарых бирикмеси", "Тарых", school.teachers)).id();
            String chair = school.teachers.get(4);
            api.post(association + "/chair/election", Map.of("teacherId", chair, "meetingDate", "2026-09-02"));
            Api.Response left = api.delete(association + "/members/" + chair + "?reason="
                    + URLEncoder.encode("Башка мектепке которулду", StandardCharsets.UTF_8));
            assertThat(left.status()).as(left.body()).isEqualTo(202);

            JsonNode summary = api.get(association + "?after=" + left.position()).json();
            assertThat(summary.path("chairId").isNull()).isTrue();
            assertThat(summary.path("memberCount").asInt()).isEqualTo(4);
            assertThat(api.get(association + "/members").json().path("members").findValuesAsText("role"))
                    .containsOnly("MEMBER");
        }
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiDescribeBothSides() {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false")) {
            Api.Response document = app.api().get("/v3/api-docs");
            assertThat(document.status()).isEqualTo(200);
            assertThat(document.json().path("paths").has("/api/schools/{schoolId}/associations")).isTrue();
            assertThat(document.json().path("paths").has("/api/schools/{schoolId}/associations/{associationId}/members"))
                    .isTrue();
            assertThat(document.json().path("paths").path("/api/schools/{schoolId}/associations").has("post")).isTrue();
            assertThat(document.json().path("paths").path("/api/schools/{schoolId}/associations").has("get")).isTrue();
            assertThat(app.api().get("/swagger-ui/index.html").status()).isEqualTo(200);
        }
    }
}
