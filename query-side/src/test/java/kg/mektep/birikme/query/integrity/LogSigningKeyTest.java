package kg.mektep.birikme.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSigningKeyTest {

    @TempDir
    Path data;

    @Test
    void theKeyIsMadeOnTheFirstStartAndKeptForEveryStartAfter() {
        Path file = data.resolve("log-key/log-signing-key.properties");

        LogSigningKey first = new LogSigningKey(file);
        LogSigningKey again = new LogSigningKey(file);

        assertThat(file).exists();
        assertThat(again.publicKeyInfo()).isEqualTo(first.publicKeyInfo());
        byte[] message = "Текшерүү чекити".getBytes(StandardCharsets.UTF_8);
        assertThat(again.signed(message, first.sign(message))).isTrue();
    }

    @Test
    void onlyItsOwnerMayReadTheKeyFile() throws Exception {
        Path file = data.resolve("log-signing-key.properties");
        new LogSigningKey(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(data)).containsExactly(file);
    }

    @Test
    void aDamagedKeyFileStopsTheStartInsteadOfBeingReplaced() throws Exception {
        Path file = data.resolve("log-signing-key.properties");
        new LogSigningKey(file);
        String stored = Files.readString(file);
        Files.writeString(file, stored.replaceFirst("private=.{8}", "private=AAAAAAAA"));

        assertThatThrownBy(() -> new LogSigningKey(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readString(file)).isNotEqualTo(stored);
    }

    @Test
    void aSignatureOfOtherTextDoesNotVerify() {
        LogSigningKey key = new LogSigningKey(data.resolve("log-signing-key.properties"));

        byte[] signature = key.sign("5".getBytes(StandardCharsets.UTF_8));

        assertThat(key.signed("6".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
    }
}
