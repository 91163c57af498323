package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kg.mektep.birikme.query.axon.SteppedTailReads;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventsourcing.eventstore.AbstractEventStore;
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
        Api director;
        try (RunningApp app = RunningApp.start(data.resolve("postgres"))) {
            School school = School.register(app.admin(), "Ош шаарындагы №12 орто мектеп")
                    .withTeachers("Физика", "Айгүл Сыдыкова", "Нурбек Өмүров", "Чыңгыз Үсөнов", "Гүлнара Бекова");
            Api api = school.director;
            director = api;
            Api.Response created = api.post(school.associations(),
                    school.association("Физика мугалимдеринин усулдук бирикмеси", "Физика", school.teachers));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            associationId = created.id();
            String association = school.associations() + "/" + associationId;

            Api.Response elected = school.teacher(0).post(association + "/chair/election",
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
            // The session, the user and the data all survived the restart.
            Api api = director.at(app.port());
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
    void theEventStoresReaderOfNewEventsReadsInSteps() throws Exception {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false")) {
            EventBus store = app.bean(EventBus.class);
            Method engine = AbstractEventStore.class.getDeclaredMethod("storageEngine");
            engine.setAccessible(true);
            assertThat(engine.invoke(store)).isInstanceOf(SteppedTailReads.class);
        }
    }

    @Test
    void kyrgyzLettersSurviveCommandEventStoreProjectionAndRead() {
        String name = "Өмүрбек Ңурланович Үсөналиев";
        String subject = "Кыргыз тили жана адабияты";
        try (RunningApp app = RunningApp.start(data.resolve("postgres"))) {
            School school = School.register(app.admin(), "Нарын облусундагы Ө. Үсөнов атындагы мектеп");
            Api api = school.director;
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
            School school = School.register(app.admin(), "№1 гимназия");
            Api deputy = school.deputy.with("X-Correlation-Id", "request-42")
                    .with("X-Actor-Id", "someone-else").with("X-Actor-Role", "DIRECTOR");
            Api.Response teacher = deputy.post("/api/schools/" + school.id + "/teachers",
                    Map.of("fullName", "Асел Токтогулова", "subjects", List.of("Тарых"), "hireDate", "2020-09-01"));
            JdbcClient jdbc = JdbcClient.create(app.bean(DataSource.class));
            String metadata = jdbc
                    .sql("SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?")
                    .param(teacher.id()).query(String.class).single();
            String deputyUser = jdbc.sql("SELECT user_id FROM app_user WHERE roles = ARRAY['DEPUTY_TEACHING'] AND school_id = ?")
                    .param(school.id).query(String.class).single();
            JsonNode meta = Api.JSON.readTree(metadata);
            assertThat(meta.path("schoolId").asText()).isEqualTo(school.id);
            // The actor is the signed-in user, whatever headers the client adds.
            assertThat(meta.path("actorId").asText()).isEqualTo(deputyUser);
            assertThat(meta.path("actorRole").asText()).isEqualTo("DEPUTY_TEACHING");
            assertThat(meta.path("actorSchoolId").asText()).isEqualTo(school.id);
            assertThat(meta.path("correlationId").asText()).isEqualTo("request-42");
            assertThat(meta.path("causationId").asText()).isNotBlank().isNotEqualTo("request-42");
        }
    }

    @Test
    void aLeavingChairLeavesTheChairEmptyInTheReadModels() {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"))) {
            School school = School.register(app.admin(), "№3 мектеп")
                    .withTeachers("Тарых", "Асан Үсөнов", "Бермет Ормонова", "Жаңыл Токтогулова",
                            "Мээрим Ңазарова", "Төлөгөн Касымов");
            Api api = school.director;
            String association = school.associations() + "/"
                    + api.post(school.associations(), school.association("Тарых бирикмеси", "Тарых", school.teachers)).id();
            String chair = school.teachers.get(4);
            school.teacher(0).post(association + "/chair/election", Map.of("teacherId", chair, "meetingDate", "2026-09-02"));
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
}
