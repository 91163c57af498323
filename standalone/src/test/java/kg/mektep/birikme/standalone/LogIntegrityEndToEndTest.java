package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inspector proves over HTTP that the event log was not altered: the published key, the check of
 * the hash chain, a signed checkpoint kept outside the service, and that checkpoint, handed back
 * after a restart, exposing a rewrite of both the events and the chain.
 */
class LogIntegrityEndToEndTest {

    @TempDir
    Path data;

    @Test
    void aKeptCheckpointExposesARewriteThatTheChainInTheDatabaseNoLongerShows() throws Exception {
        String publicKey;
        String fingerprint;
        String kept;
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false")) {
            School school = School.register(app.admin(), "Талас шаарындагы №3 орто мектеп").withTeachers("Тарых",
                    "Айгүл Өмүрова", "Ңурбек Үсөнов", "Гүлнара Бекова", "Чыңгыз Асанов");
            Api inspector = school.inspector("inspector", List.of(school.id));
            JdbcClient database = JdbcClient.create(app.bean(DataSource.class));

            JsonNode key = app.api().get("/.well-known/birikme-log-key").json();
            assertThat(key.path("algorithm").asText()).isEqualTo("Ed25519");
            publicKey = key.path("publicKey").asText();
            fingerprint = key.path("fingerprint").asText();

            JsonNode intact = inspector.get("/api/log/integrity").json();
            assertThat(intact.path("intact").asBoolean()).isTrue();
            assertThat(intact.path("position").asLong())
                    .isEqualTo(database.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single());
            assertThat(intact.path("events").asLong())
                    .isEqualTo(database.sql("SELECT count(*) FROM domainevententry").query(Long.class).single());
            assertThat(intact.path("disagreement").isNull()).isTrue();

            // The rows inspectors search are held against their events: all agree...
            JsonNode rows = inspector.get("/api/log/integrity/rows").json();
            assertThat(rows.path("intact").asBoolean()).as(rows.toString()).isTrue();
            assertThat(rows.path("rows").asLong() + rows.path("pending").asLong())
                    .isEqualTo(intact.path("events").asLong());
            // ...until someone edits a row of the log in the database, which the chain of the events cannot see.
            long registered = database.sql("SELECT global_position FROM rm_event_log WHERE summary_ky LIKE '%Ңурбек Үсөнов%' "
                    + "AND event_type = 'TeacherRegisteredEvent'").query(Long.class).single();
            database.sql("UPDATE rm_event_log SET summary_ky = replace(summary_ky, 'Ңурбек Үсөнов', 'Ңурбек Үсөнбеков') "
                    + "WHERE global_position = ?").param(registered).update();
            assertThat(inspector.get("/api/log/integrity").json().path("intact").asBoolean()).isTrue();
            JsonNode edited = inspector.get("/api/log/integrity/rows").json();
            assertThat(edited.path("intact").asBoolean()).isFalse();
            assertThat(edited.path("disagreement").path("position").asLong()).isEqualTo(registered);
            assertThat(edited.path("disagreement").path("kind").asText()).isEqualTo("ALTERED");
            assertThat(edited.path("disagreement").path("column").asText()).isEqualTo("summary_ky");
            assertThat(school.director.get("/api/log/integrity/rows").status()).isEqualTo(403);
            // A rebuild of the log from the events the chain vouches for makes the row again.
            Api.Response rebuild = app.admin().post("/api/admin/projections/event-log/rebuild", "");
            assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
            long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
            JsonNode status = app.admin().get("/api/admin/projections/event-log").json();
            while (!status.path("rebuild").path("outcome").asText().equals("COMPLETED")) {
                assertThat(System.nanoTime()).as("rebuilt in time: " + status).isLessThan(deadline);
                Thread.sleep(20);
                status = app.admin().get("/api/admin/projections/event-log").json();
            }
            JsonNode rebuilt = inspector.get("/api/log/integrity/rows").json();
            assertThat(rebuilt.path("intact").asBoolean()).as(rebuilt.toString()).isTrue();
            assertThat(rebuilt.path("rows").asLong()).isGreaterThanOrEqualTo(rows.path("rows").asLong());

            Api.Response director = school.director.get("/api/log/integrity");
            assertThat(director.status()).isEqualTo(403);
            assertThat(director.contentType()).startsWith("application/problem+json");
            assertThat(director.json().path("code").asText()).isEqualTo("READ_NOT_ALLOWED");
            assertThat(director.json().path("title").asText()).isEqualTo("Окууга уруксат жок");

            Api.Response taken = inspector.post("/api/log/checkpoints", "");
            assertThat(taken.status()).as(taken.body()).isEqualTo(200);
            JsonNode checkpoint = taken.json();
            assertThat(checkpoint.path("position").asLong()).isEqualTo(intact.path("position").asLong());
            assertThat(checkpoint.path("link").asText()).isEqualTo(intact.path("link").asText());
            assertThat(signedWith(publicKey, checkpoint)).isTrue();
            kept = taken.body();

            JsonNode unchanged = inspector.post("/api/log/checkpoints/verification", kept).json();
            assertThat(unchanged.path("matches").asBoolean()).isTrue();

            ObjectNode forged = checkpoint.deepCopy();
            forged.put("position", checkpoint.path("position").asLong() - 1);
            Api.Response refused = inspector.post("/api/log/checkpoints/verification", forged.toString());
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.json().path("code").asText()).isEqualTo("CHECKPOINT_SIGNATURE_INVALID");
            assertThat(refused.json().path("title").asText()).isEqualTo("Текшерүү чекитинин кол тамгасы туура эмес");
            assertThat(inspector.inLanguage("ru").post("/api/log/checkpoints/verification", forged.toString())
                    .json().path("title").asText()).isEqualTo("Неверная подпись контрольной точки");

            long eventsBefore = database.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
            ObjectNode malformed = checkpoint.deepCopy();
            malformed.put("link", "өзгөртүлгөн");
            for (String body : List.of(malformed.toString(), "{\"position\": ", "{}")) {
                Api.Response bad = inspector.post("/api/log/checkpoints/verification", body);
                assertThat(bad.status()).as(body + " → " + bad.body()).isEqualTo(400);
                assertThat(bad.contentType()).startsWith("application/problem+json");
            }
            assertThat(database.sql("SELECT count(*) FROM domainevententry").query(Long.class).single())
                    .isEqualTo(eventsBefore);

            // Someone with write access to the database renames a teacher in the stored event...
            long renamed = database.sql("SELECT globalindex FROM domainevententry "
                    + "WHERE convert_from(payload, 'UTF8') LIKE '%Айгүл Өмүрова%'").query(Long.class).single();
            database.sql("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                    + "'Айгүл Өмүрова', 'Айгүл Өмүрбекова'), 'UTF8') WHERE globalindex = ?").param(renamed).update();
            JsonNode altered = inspector.get("/api/log/integrity").json();
            assertThat(altered.path("intact").asBoolean()).isFalse();
            assertThat(altered.path("disagreement").path("position").asLong()).isEqualTo(renamed);
            assertThat(altered.path("disagreement").path("kind").asText()).isEqualTo("ALTERED");
            assertThat(altered.path("position").asLong()).isLessThan(renamed);

            // ...and then rebuilds the chain to match: the chain alone no longer shows anything.
            database.sql("WITH forgotten AS (DELETE FROM event_chain) "
                    + "UPDATE event_chain_head SET position = 0, link = decode(repeat('00', 32), 'hex')")
                    .update();
            assertThat(inspector.get("/api/log/integrity").json().path("intact").asBoolean()).isTrue();
        }

        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false")) {
            assertThat(app.api().get("/.well-known/birikme-log-key").json().path("publicKey").asText())
                    .isEqualTo(publicKey);

            JsonNode verdict = app.admin().post("/api/log/checkpoints/verification", kept).json();

            assertThat(verdict.path("matches").asBoolean()).isFalse();
            assertThat(verdict.path("recomputedLink").asText()).isNotEqualTo(verdict.path("link").asText());
        }

        // The key file lost: the service does not start with a new key unnoticed...
        Path keyFile = data.resolve("log-key/log-signing-key.properties");
        Files.delete(keyFile);
        assertThatThrownBy(() -> RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false").close())
                .hasStackTraceContaining("birikme.integrity.replace-key=" + fingerprint);
        assertThat(keyFile).doesNotExist();

        // ...unless told which key to replace: a new key, and the checkpoint kept until then no longer counts.
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false",
                "--birikme.integrity.replace-key=" + fingerprint)) {
            assertThat(app.api().get("/.well-known/birikme-log-key").json().path("publicKey").asText())
                    .isNotEqualTo(publicKey);
            Api.Response refused = app.admin().post("/api/log/checkpoints/verification", kept);
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.json().path("code").asText()).isEqualTo("CHECKPOINT_SIGNATURE_INVALID");
        }
        assertThat(keyFile).exists();
    }

    /** The check any inspector can make without the service: Ed25519 over the published text. */
    private static boolean signedWith(String publicKey, JsonNode checkpoint) throws Exception {
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(key);
        ed25519.update(("birikme-log-checkpoint/1\n" + checkpoint.path("position").asLong() + "\n"
                + checkpoint.path("link").asText() + "\n" + checkpoint.path("time").asText() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        return ed25519.verify(Base64.getDecoder().decode(checkpoint.path("signature").asText()));
    }
}
