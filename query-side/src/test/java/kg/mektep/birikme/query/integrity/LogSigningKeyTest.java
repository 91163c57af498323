package kg.mektep.birikme.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.io.TempDir;

class LogSigningKeyTest {

    @TempDir
    Path data;

    private final JdbcClient jdbc = ReadModelDatabase.fresh();
    private final LogKeyRecord record = new LogKeyRecord(jdbc);

    @BeforeEach
    void noKeyRecordedYet() {
        jdbc.sql("DELETE FROM log_signing_key").update();
    }

    private String recorded() {
        return record.fingerprint().orElseThrow();
    }

    private static String fingerprint(LogSigningKey key) {
        return Links.hex(Links.sha256(key.publicKeyInfo()));
    }

    @Test
    void theKeyIsMadeOnTheFirstStartAndKeptForEveryStartAfter() {
        Path file = data.resolve("log-key/log-signing-key.properties");

        LogSigningKey first = new LogSigningKey(file, record, "");
        LogSigningKey again = new LogSigningKey(file, record, "");

        assertThat(file).exists();
        assertThat(again.publicKeyInfo()).isEqualTo(first.publicKeyInfo());
        byte[] message = "Текшерүү чекити".getBytes(StandardCharsets.UTF_8);
        assertThat(again.signed(message, first.sign(message))).isTrue();
    }

    @Test
    void onlyItsOwnerMayReadTheKeyFile() throws Exception {
        Path file = data.resolve("log-signing-key.properties");
        new LogSigningKey(file, record, "");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(data)).containsExactly(file);
    }

    @Test
    void aDamagedKeyFileStopsTheStartInsteadOfBeingReplaced() throws Exception {
        Path file = data.resolve("log-signing-key.properties");
        new LogSigningKey(file, record, "");
        String stored = Files.readString(file);
        Files.writeString(file, stored.replaceFirst("private=.{8}", "private=AAAAAAAA"));

        assertThatThrownBy(() -> new LogSigningKey(file, record, "")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readString(file)).isNotEqualTo(stored);
    }

    @Test
    void aSignatureOfOtherTextDoesNotVerify() {
        LogSigningKey key = new LogSigningKey(data.resolve("log-signing-key.properties"), record, "");

        byte[] signature = key.sign("5".getBytes(StandardCharsets.UTF_8));

        assertThat(key.signed("6".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
    }

    @Test
    void theFirstStartRecordsWhichKeySignsForTheDatabase() {
        LogSigningKey key = new LogSigningKey(data.resolve("log-signing-key.properties"), record, "");

        assertThat(recorded()).isEqualTo(fingerprint(key)).hasSize(64);
    }

    /** A database older than the record: the first start after the upgrade records the key it finds. */
    @Test
    void aKeyFileFoundWhereTheDatabaseRecordsNoneIsRecorded() {
        Path file = data.resolve("log-signing-key.properties");
        LogSigningKey before = new LogSigningKey(file, record, "");
        jdbc.sql("DELETE FROM log_signing_key").update();

        LogSigningKey after = new LogSigningKey(file, record, "");

        assertThat(after.publicKeyInfo()).isEqualTo(before.publicKeyInfo());
        assertThat(recorded()).isEqualTo(fingerprint(before));
    }

    @Test
    void aMissingKeyFileStopsTheStartOnceTheDatabaseRecordsItsKey() throws Exception {
        Path file = data.resolve("log-key/log-signing-key.properties");
        LogSigningKey lost = new LogSigningKey(file, record, "");
        Files.delete(file);

        assertThatThrownBy(() -> new LogSigningKey(file, record, "")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(fingerprint(lost))
                .hasMessageContaining("birikme.integrity.replace-key=" + fingerprint(lost));
        assertThat(file).doesNotExist();
        assertThat(recorded()).isEqualTo(fingerprint(lost));
    }

    @Test
    void aKeyFileWithAnotherKeyStopsTheStart() {
        LogSigningKey signing = new LogSigningKey(data.resolve("a/log-signing-key.properties"), record, "");
        Path foreign = data.resolve("b/log-signing-key.properties");

        assertThatThrownBy(() -> new LogSigningKey(foreign, record, "")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(foreign.toString()).hasMessageContaining(fingerprint(signing))
                .hasMessageContaining("birikme.integrity.replace-key=" + fingerprint(signing));
        assertThat(recorded()).isEqualTo(fingerprint(signing));
    }

    @Test
    void anOperatorMayReplaceTheRecordedKeyByNamingItAndOnlyThat() throws Exception {
        Path file = data.resolve("log-signing-key.properties");
        LogSigningKey lost = new LogSigningKey(file, record, "");
        Files.delete(file);
        assertThatThrownBy(() -> new LogSigningKey(file, record, "0".repeat(64))).isInstanceOf(IllegalStateException.class);

        LogSigningKey made = new LogSigningKey(file, record, " " + fingerprint(lost).toUpperCase() + " ");

        assertThat(made.publicKeyInfo()).isNotEqualTo(lost.publicKeyInfo());
        assertThat(recorded()).isEqualTo(fingerprint(made));
        assertThat(new LogSigningKey(file, record, fingerprint(lost)).publicKeyInfo()).isEqualTo(made.publicKeyInfo());
        // Left in place, the setting replaces nothing more: it names a key no longer recorded.
        Path other = data.resolve("other/log-signing-key.properties");
        assertThatThrownBy(() -> new LogSigningKey(other, record, fingerprint(lost))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("birikme.integrity.replace-key=" + fingerprint(made));
        LogSigningKey another = new LogSigningKey(other, record, fingerprint(made));
        assertThat(recorded()).isEqualTo(fingerprint(another));
    }
}
