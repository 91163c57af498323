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

        LogSigningKey first = new LogSigningKey(file, record, false);
        LogSigningKey again = new LogSigningKey(file, record, false);

        assertThat(file).exists();
        assertThat(again.publicKeyInfo()).isEqualTo(first.publicKeyInfo());
        byte[] message = "Текшерүү чекити".getBytes(StandardCharsets.UTF_8);
        assertThat(again.signed(message, first.sign(message))).isTrue();
    }

    @Test
    void onlyItsOwnerMayReadTheKeyFile() throws Exception {
        Path file = data.resolve("log-signing-key.properties");
        new LogSigningKey(file, record, false);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(data)).containsExactly(file);
    }

    @Test
    void aDamagedKeyFileStopsTheStartInsteadOfBeingReplaced() throws Exception {
        Path file = data.resolve("log-signing-key.properties");
        new LogSigningKey(file, record, false);
        String stored = Files.readString(file);
        Files.writeString(file, stored.replaceFirst("private=.{8}", "private=AAAAAAAA"));

        assertThatThrownBy(() -> new LogSigningKey(file, record, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readString(file)).isNotEqualTo(stored);
    }

    @Test
    void aSignatureOfOtherTextDoesNotVerify() {
        LogSigningKey key = new LogSigningKey(data.resolve("log-signing-key.properties"), record, false);

        byte[] signature = key.sign("5".getBytes(StandardCharsets.UTF_8));

        assertThat(key.signed("6".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
    }

    @Test
    void theFirstStartRecordsWhichKeySignsForTheDatabase() {
        LogSigningKey key = new LogSigningKey(data.resolve("log-signing-key.properties"), record, false);

        assertThat(recorded()).isEqualTo(fingerprint(key)).hasSize(64);
    }

    /** A database older than the record: the first start after the upgrade records the key it finds. */
    @Test
    void aKeyFileFoundWhereTheDatabaseRecordsNoneIsRecorded() {
        Path file = data.resolve("log-signing-key.properties");
        LogSigningKey before = new LogSigningKey(file, record, false);
        jdbc.sql("DELETE FROM log_signing_key").update();

        LogSigningKey after = new LogSigningKey(file, record, false);

        assertThat(after.publicKeyInfo()).isEqualTo(before.publicKeyInfo());
        assertThat(recorded()).isEqualTo(fingerprint(before));
    }

    @Test
    void aMissingKeyFileStopsTheStartOnceTheDatabaseRecordsItsKey() throws Exception {
        Path file = data.resolve("log-key/log-signing-key.properties");
        LogSigningKey lost = new LogSigningKey(file, record, false);
        Files.delete(file);

        assertThatThrownBy(() -> new LogSigningKey(file, record, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(fingerprint(lost))
                .hasMessageContaining("birikme.integrity.accept-new-key");
        assertThat(file).doesNotExist();
        assertThat(recorded()).isEqualTo(fingerprint(lost));
    }

    @Test
    void aKeyFileWithAnotherKeyStopsTheStart() {
        LogSigningKey signing = new LogSigningKey(data.resolve("a/log-signing-key.properties"), record, false);
        Path foreign = data.resolve("b/log-signing-key.properties");

        assertThatThrownBy(() -> new LogSigningKey(foreign, record, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(foreign.toString()).hasMessageContaining(fingerprint(signing))
                .hasMessageContaining("birikme.integrity.accept-new-key");
        assertThat(recorded()).isEqualTo(fingerprint(signing));
    }

    @Test
    void anOperatorMayAcceptANewKeyWhichThenSignsForTheDatabase() throws Exception {
        Path file = data.resolve("log-signing-key.properties");
        LogSigningKey lost = new LogSigningKey(file, record, false);
        Files.delete(file);

        LogSigningKey made = new LogSigningKey(file, record, true);

        assertThat(made.publicKeyInfo()).isNotEqualTo(lost.publicKeyInfo());
        assertThat(recorded()).isEqualTo(fingerprint(made));
        assertThat(new LogSigningKey(file, record, false).publicKeyInfo()).isEqualTo(made.publicKeyInfo());
        LogSigningKey other = new LogSigningKey(data.resolve("other/log-signing-key.properties"), record, true);
        assertThat(recorded()).isEqualTo(fingerprint(other));
    }
}
