package kg.mektep.birikme.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import kg.mektep.birikme.query.web.ReadRefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class SignedExportReceiptsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T06:00:00.750Z"), ZoneOffset.UTC);

    @TempDir
    Path keys;

    private final JdbcClient jdbc = ReadModelDatabase.fresh();
    private LogSigningKey key;
    private SignedExportReceipts receipts;

    @BeforeEach
    void aKey() {
        jdbc.sql("DELETE FROM log_signing_key").update();
        key = new LogSigningKey(keys.resolve("log-signing-key.properties"), new LogKeyRecord(jdbc), "");
        receipts = new SignedExportReceipts(jdbc, key, NOW);
    }

    private boolean verifies(String text, String signature) throws Exception {
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(key.publicKeyInfo())));
        ed25519.update(text.getBytes(StandardCharsets.UTF_8));
        return ed25519.verify(Base64.getDecoder().decode(signature));
    }

    @Test
    void aReceiptIsKeptAndSignedOverItsFieldsWithThePublishedKey() throws Exception {
        receipts.requireReady();
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest("Үсөнова Ңазарова\n".getBytes(StandardCharsets.UTF_8));

        receipts.issue("7d0c6a52-3f7e-4b8e-9a57-0d8b1c1e2f30", List.of("school-1", "school-2"), "JSONL", 41, 17, sha256);

        ExportReceipt receipt = receipts.find("7d0c6a52-3f7e-4b8e-9a57-0d8b1c1e2f30").orElseThrow();
        assertThat(receipt.schoolIds()).containsExactly("school-1", "school-2");
        assertThat(receipt.format()).isEqualTo("JSONL");
        assertThat(receipt.through()).isEqualTo(41);
        assertThat(receipt.rows()).isEqualTo(17);
        assertThat(receipt.sha256()).isEqualTo(Links.hex(sha256)).hasSize(64);
        assertThat(receipt.issuedAt()).isEqualTo(Instant.parse("2026-11-28T06:00:00Z"));
        assertThat(receipt.signedText()).isEqualTo("birikme-log-export/1\n7d0c6a52-3f7e-4b8e-9a57-0d8b1c1e2f30\nJSONL\n41\n17\n"
                + Links.hex(sha256) + "\n2026-11-28T06:00:00Z\n");
        assertThat(verifies(receipt.signedText(), receipt.signature())).isTrue();
        // Each field is covered: a receipt claiming other rows, or another file, does not verify.
        assertThat(verifies(receipt.signedText().replace("\n17\n", "\n18\n"), receipt.signature())).isFalse();
        assertThat(verifies(receipt.signedText().replace(Links.hex(sha256), "0".repeat(64)), receipt.signature())).isFalse();
        assertThat(receipts.find("another")).isEmpty();
    }

    @Test
    void noReceiptIsSignedWithAKeyReplacedWhileTheReplicaRan() {
        LogKeyRecord record = new LogKeyRecord(jdbc);
        new LogSigningKey(keys.resolve("new/log-signing-key.properties"), record, record.fingerprint().orElseThrow());

        assertThatThrownBy(receipts::requireReady).isInstanceOfSatisfying(ReadRefusedException.class,
                refused -> assertThat(refused.code()).isEqualTo("SIGNING_KEY_REPLACED"));
        assertThatThrownBy(() -> receipts.issue("e1", List.of("school-1"), "CSV", 1, 1, new byte[32]))
                .isInstanceOfSatisfying(ReadRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("SIGNING_KEY_REPLACED"));
        assertThat(receipts.find("e1")).isEmpty();
    }
}
