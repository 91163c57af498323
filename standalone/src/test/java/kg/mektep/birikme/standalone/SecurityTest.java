package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(OutputCaptureExtension.class)
class SecurityTest {

    @TempDir
    Path data;

    private static Api.Response signIn(Api api, String username, String password) {
        return api.with("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8))).post("/api/session", "");
    }

    @Test
    void fiveFailedSignInsWithinFiveMinutesLockTheUserForFifteen(CapturedOutput output) {
        MovableClock clock = new MovableClock();
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), clock, "--birikme.embedded.durable=false")) {
            School school = School.register(app.admin(), "№30 мектеп");
            String username = school.username("director");
            Api api = app.api();
            for (int i = 0; i < 4; i++) {
                assertThat(signIn(api, username, "wrong password " + i).json().path("code").asText())
                        .isEqualTo("INVALID_CREDENTIALS");
                clock.advance(Duration.ofSeconds(30));
            }
            assertThat(signIn(api, username, School.PASSWORD).status()).as("four failures do not lock").isEqualTo(201);

            for (int i = 0; i < 5; i++) {
                signIn(api, username, "wrong password " + i);
                clock.advance(Duration.ofSeconds(30));
            }
            Api.Response locked = signIn(api, username, School.PASSWORD);
            assertThat(locked.status()).isEqualTo(401);
            assertThat(locked.json().path("code").asText()).isEqualTo("ACCOUNT_LOCKED");
            assertThat(output.getOut()).contains("User " + username).contains("locked until");
            // The administrator sees the lock, and never a password or its hash.
            Api admin = app.admin();
            JsonNode director = userNamed(admin.get("/api/users?schoolId=" + school.id).json(), username);
            assertThat(director.path("lockedUntil").isTextual()).as(director.toString()).isTrue();
            assertThat(director.path("enabled").asBoolean()).isTrue();
            assertThat(director.path("roles").toString()).isEqualTo("[\"DIRECTOR\"]");
            assertThat(admin.get("/api/users").body()).doesNotContain("password", "$2a$", "$2b$");

            clock.advance(Duration.ofMinutes(15));
            assertThat(admin.get("/api/users/" + director.path("userId").asText()).json().path("lockedUntil").isTextual())
                    .as("no longer locked").isFalse();
            assertThat(signIn(api, username, School.PASSWORD).status()).isEqualTo(201);
        }
    }

    @Test
    void failuresFurtherApartThanFiveMinutesDoNotLock() {
        MovableClock clock = new MovableClock();
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), clock, "--birikme.embedded.durable=false")) {
            School school = School.register(app.admin(), "№31 мектеп");
            String username = school.username("director");
            for (int i = 0; i < 6; i++) {
                signIn(app.api(), username, "wrong");
                clock.advance(Duration.ofMinutes(2));
                if (i % 2 == 1) {
                    clock.advance(Duration.ofMinutes(4));
                }
            }
            assertThat(signIn(app.api(), username, School.PASSWORD).status()).isEqualTo(201);
        }
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false")) {
            School.register(app.admin(), "№32 мектеп");
            List<String> hashes = JdbcClient.create(app.bean(DataSource.class))
                    .sql("SELECT password_hash FROM app_user").query(String.class).list();
            assertThat(hashes).hasSizeGreaterThanOrEqualTo(4)
                    .allSatisfy(hash -> assertThat(hash).matches("\\$2[aby]\\$\\d\\d\\$.{53}")
                            .doesNotContain(School.PASSWORD).doesNotContain(RunningApp.ADMIN_PASSWORD));
            assertThat(JdbcClient.create(app.bean(DataSource.class))
                    .sql("SELECT count(*) FROM app_user WHERE password_hash LIKE ? OR password_hash LIKE ?")
                    .params("%" + School.PASSWORD + "%", "%" + RunningApp.ADMIN_PASSWORD + "%")
                    .query(Integer.class).single()).isZero();
        }
    }

    @Test
    void theFirstStartPrintsAOneTimeAdminPasswordOnceThatSignsIn(CapturedOutput output) {
        Pattern printed = Pattern.compile("one-time password (\\S+) ");
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.security.admin-password=",
                "--birikme.embedded.durable=false")) {
            Matcher found = printed.matcher(output.getOut());
            assertThat(found.find()).as("the password is in the log").isTrue();
            assertThat(signIn(app.api(), "admin", found.group(1)).status()).isEqualTo(201);
        }
        int printedBefore = countMatches(printed, output.getOut());
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.security.admin-password=",
                "--birikme.embedded.durable=false")) {
            assertThat(countMatches(printed, output.getOut())).as("not created nor printed again").isEqualTo(printedBefore);
        }
    }

    private static int countMatches(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void signingOutEndsTheSessionAndDisablingAUserEndsAll() {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false")) {
            School school = School.register(app.admin(), "№33 мектеп");
            Api deputy = school.user("deputy-2", "DEPUTY_TEACHING");
            assertThat(deputy.get("/api/schools/" + school.id + "?after=" + school.position).status()).isEqualTo(200);
            assertThat(deputy.delete("/api/session").status()).isEqualTo(204);
            assertThat(deputy.get("/api/schools/" + school.id).status()).isEqualTo(401);

            String directorId = JdbcClient.create(app.bean(DataSource.class))
                    .sql("SELECT user_id FROM app_user WHERE roles = ARRAY['DIRECTOR'] AND school_id = ?")
                    .param(school.id).query(String.class).single();
            assertThat(school.admin.post("/api/users/" + directorId + "/disabling", Map.of()).status()).isEqualTo(202);
            assertThat(school.director.get("/api/schools/" + school.id).status()).isEqualTo(401);
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false")) {
            for (String path : List.of("/api/schools", "/swagger-ui/index.html", "/api/nowhere")) {
                java.net.http.HttpResponse<String> response = app.api().raw(path);
                assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
                assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
                assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                        .contains("default-src 'self'").contains("frame-ancestors 'none'");
            }
        }
    }

    @Test
    void aDirectorOfOneSchoolNeitherReadsNorChangesAnotherEvenByGuessingIds() {
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false")) {
            School a = School.register(app.admin(), "А мектеби").withTeachers("Физика", "Т1 Өмүров", "Т2 Үсөнов",
                    "Т3 Ңазаров", "Т4 Асанов");
            School b = School.register(app.admin(), "Б мектеби").withTeachers("Физика", "Т5 Өмүрова", "Т6 Үсөнова",
                    "Т7 Ңазарова", "Т8 Асанова");
            Api.Response created = b.director.post(b.associations(), b.association("Б бирикмеси", "Физика", b.teachers));
            String bAssociation = created.id();
            assertThat(b.director.get(b.associations() + "?after=" + created.position()).json()).hasSize(1);
            Api intruder = a.director;

            for (String path : List.of("/api/schools/" + b.id, "/api/schools/" + b.id + "/teachers", b.associations(),
                    b.associations() + "/" + bAssociation, b.associations() + "/" + bAssociation + "/members",
                    "/api/schools/" + b.id + "/plans?year=2026", "/api/schools/" + b.id + "/plan-approvals")) {
                assertThat(intruder.get(path).status()).as(path).isEqualTo(404);
            }
            assertThat(intruder.get("/api/schools").json().findValuesAsText("schoolId")).containsExactly(a.id);
            // The other school's association named under one's own school: still not found.
            assertThat(intruder.get(a.associations() + "/" + bAssociation).status()).isEqualTo(404);
            assertThat(intruder.post(a.associations() + "/" + bAssociation + "/members",
                    Map.of("teacherId", a.teachers.get(0))).json().path("code").asText()).isEqualTo("NOT_FOUND");
            assertThat(intruder.post(b.associations() + "/" + bAssociation + "/members",
                    Map.of("teacherId", b.teachers.get(0))).json().path("code").asText()).isEqualTo("NOT_FOUND");
            assertThat(intruder.post("/api/schools/" + b.id + "/teachers", Map.of("fullName", "Чоочун",
                    "subjects", List.of(), "hireDate", "2020-01-01")).status()).isEqualTo(404);

            Api inspector = a.inspector("inspector-b", List.of(b.id));
            assertThat(inspector.get(b.associations()).json()).hasSize(1);
            assertThat(inspector.get(a.associations()).status()).isEqualTo(404);
        }
    }

    private static JsonNode userNamed(JsonNode users, String username) {
        for (JsonNode user : users) {
            if (user.path("username").asText().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("no user " + username + " in " + users);
    }
}
