package kg.mektep.birikme.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import kg.mektep.birikme.query.web.ReadRefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T06:00:00.123Z"), ZoneOffset.UTC);

    @TempDir
    Path keys;

    private TestLog log;
    private LogSigningKey key;
    private Checkpoints checkpoints;

    @BeforeEach
    void fiveEvents() {
        log = TestLog.fresh();
        log.append(5);
        log.jdbc.sql("DELETE FROM log_signing_key").update();
        key = new LogSigningKey(keys.resolve("log-key/log-signing-key.properties"), new LogKeyRecord(log.jdbc), "");
        checkpoints = new Checkpoints(log.chain, log.verification, key, NOW);
    }

    @Test
    void aCheckpointSignsTheHeadOfTheChainAndAnyoneCanCheckItWithThePublishedKey() throws Exception {
        LogCheckpoint checkpoint = checkpoints.take();

        assertThat(checkpoint.position()).isEqualTo(5);
        assertThat(checkpoint.link()).isEqualTo(Links.hex(log.chain.head().link()));
        assertThat(checkpoint.time()).isEqualTo(Instant.parse("2026-11-25T06:00:00Z"));
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(key.publicKeyInfo())));
        ed25519.update(("birikme-log-checkpoint/1\n5\n" + checkpoint.link() + "\n2026-11-25T06:00:00Z\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(ed25519.verify(Base64.getDecoder().decode(checkpoint.signature()))).isTrue();
    }

    @Test
    void aCheckpointMatchesWhileTheEventsUpToItAreUnchangedEvenAsTheLogGrows() {
        LogCheckpoint checkpoint = checkpoints.take();
        log.append(3);
        log.chain.extend();

        CheckpointVerdict verdict = checkpoints.check(checkpoint);

        assertThat(verdict.matches()).isTrue();
        assertThat(verdict.events()).isEqualTo(5);
        assertThat(verdict.recomputedLink()).isEqualTo(checkpoint.link());
    }

    @Test
    void aCheckpointTakenBeforeEventsAndChainWereBothRewrittenNoLongerMatches() {
        LogCheckpoint checkpoint = checkpoints.take();
        log.jdbc.sql("UPDATE domainevententry SET payload = set_byte(payload, 12, get_byte(payload, 12) # 1) "
                + "WHERE globalindex = 2").update();
        LogTamperingTest.rebuildTheChain(log);
        assertThat(log.verification.verify().intact()).isTrue();

        CheckpointVerdict verdict = checkpoints.check(checkpoint);

        assertThat(verdict.matches()).isFalse();
        assertThat(verdict.recomputedLink()).isNotEqualTo(checkpoint.link());
    }

    @Test
    void aCheckpointWhoseLastEventWasRemovedNoLongerMatches() {
        LogCheckpoint checkpoint = checkpoints.take();
        log.jdbc.sql("DELETE FROM domainevententry WHERE globalindex = 5").update();

        CheckpointVerdict verdict = checkpoints.check(checkpoint);

        assertThat(verdict.matches()).isFalse();
        assertThat(verdict.events()).isEqualTo(4);
    }

    @Test
    void aCheckpointNoLongerMatchesOnceAnEventIsPutBelowTheFirstPosition() {
        LogCheckpoint checkpoint = checkpoints.take();
        log.jdbc.sql("INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, "
                + "eventidentifier, payload, payloadtype, timestamp) SELECT 0, aggregateidentifier, sequencenumber + 100, "
                + "type, 'forged', payload, payloadtype, timestamp FROM domainevententry WHERE globalindex = 5").update();

        CheckpointVerdict verdict = checkpoints.check(checkpoint);

        assertThat(verdict.matches()).isFalse();
        assertThat(verdict.events()).isEqualTo(6);
    }

    @Test
    void aCheckpointWithAChangedLinkIsRefusedForItsSignature() {
        LogCheckpoint taken = checkpoints.take();
        LogCheckpoint forged = new LogCheckpoint(taken.position(), "ab".repeat(32), taken.time(), taken.signature());

        assertThatThrownBy(() -> checkpoints.check(forged)).isInstanceOfSatisfying(ReadRefusedException.class,
                refused -> assertThat(refused.code()).isEqualTo("CHECKPOINT_SIGNATURE_INVALID"));
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsRefused() {
        // Another service's key, on a database of its own.
        log.jdbc.sql("DELETE FROM log_signing_key").update();
        LogSigningKey otherKey = new LogSigningKey(keys.resolve("other/log-signing-key.properties"),
                new LogKeyRecord(log.jdbc), "");
        LogCheckpoint forged = new Checkpoints(log.chain, log.verification, otherKey, NOW).take();
        log.jdbc.sql("UPDATE log_signing_key SET fingerprint = ?").param(Links.hex(Links.sha256(key.publicKeyInfo())))
                .update();

        assertThatThrownBy(() -> checkpoints.check(forged)).isInstanceOfSatisfying(ReadRefusedException.class,
                refused -> assertThat(refused.code()).isEqualTo("CHECKPOINT_SIGNATURE_INVALID"));
    }

    @Test
    void aSignatureOfTheWrongLengthIsRefusedLikeAnyForgedOne() {
        LogCheckpoint taken = checkpoints.take();
        LogCheckpoint forged = new LogCheckpoint(taken.position(), taken.link(), taken.time(), "AAAA");

        assertThatThrownBy(() -> checkpoints.check(forged)).isInstanceOf(ReadRefusedException.class);
    }

    /** Another replica replaced the key (birikme.integrity.replace-key) while this one ran with the old one. */
    @Test
    void aReplicaWhoseKeyWasReplacedWhileItRanNeitherSignsNorChecksNorPublishesIt() {
        LogCheckpoint kept = checkpoints.take();
        LogKeyRecord record = new LogKeyRecord(log.jdbc);
        String old = record.fingerprint().orElseThrow();
        LogSigningKey started = new LogSigningKey(keys.resolve("new/log-signing-key.properties"), record, old);
        String replaced = record.fingerprint().orElseThrow();
        assertThat(replaced).isNotEqualTo(old);

        for (Runnable use : java.util.List.<Runnable>of(checkpoints::take, () -> checkpoints.check(kept),
                () -> new LogKeyController(key).key())) {
            assertThatThrownBy(use::run).isInstanceOfSatisfying(ReadRefusedException.class, refused -> {
                assertThat(refused.status()).isEqualTo(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(refused.code()).isEqualTo("SIGNING_KEY_REPLACED");
                assertThat(refused.arguments()).containsExactly(old, replaced);
            });
        }
        Checkpoints restarted = new Checkpoints(log.chain, log.verification, started, NOW);
        assertThat(restarted.check(restarted.take()).matches()).isTrue();
        assertThat(new LogKeyController(started).key().fingerprint()).isEqualTo(replaced);
    }
}
