package kg.mektep.birikme.query.integrity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The chain's head at a moment, signed by the service: {@code link} (hex) is the link of the event
 * at {@code position}; {@code signature} (base64) is Ed25519 over the text of {@link #signedText()}.
 * An inspector keeps it outside the service and hands it back to prove the log up to it unchanged.
 */
public record LogCheckpoint(
        @NotNull @PositiveOrZero Long position,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}") String link,
        @NotNull Instant time,
        @NotNull @Size(min = 4, max = 200)
        @Pattern(regexp = "(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?") String signature) {

    /** How the signed text is built, as the service publishes it beside its key. */
    static final String SIGNED_TEXT = "birikme-log-checkpoint/1\\n{position}\\n{link}\\n{time, ISO-8601 UTC}\\n (UTF-8)";

    /** The text the signature covers: a tag of the format, then position, link and time, one a line. */
    String signedText() {
        return signedText(position, link, time);
    }

    static String signedText(long position, String link, Instant time) {
        return "birikme-log-checkpoint/1\n" + position + "\n" + link + "\n" + time + "\n";
    }
}
