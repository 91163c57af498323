package kg.mektep.birikme.query.integrity;

import java.time.Instant;
import java.util.List;

/**
 * What an export of the event log sent, signed by the service: {@code sha256} (hex) of the answer's
 * bytes exactly as sent, the {@code rows} in it, the last position it could reach ({@code through}),
 * and {@code signature} (base64), Ed25519 over the text of {@link #signedText()} with the key that
 * signs checkpoints. The schools are those the export covered; they are not signed.
 */
public record ExportReceipt(String exportId, List<String> schoolIds, String format, long through, long rows,
                            String sha256, Instant issuedAt, String signature) {

    /** How the signed text is built, as the service publishes it beside its key. */
    static final String SIGNED_TEXT = "birikme-log-export/1\\n{exportId}\\n{format}\\n{through}\\n{rows}\\n{sha256}\\n"
            + "{issuedAt, ISO-8601 UTC}\\n (UTF-8)";

    /** The text the signature covers: a tag of the format, then the fields above, one a line. */
    public String signedText() {
        return signedText(exportId, format, through, rows, sha256, issuedAt);
    }

    static String signedText(String exportId, String format, long through, long rows, String sha256, Instant issuedAt) {
        return "birikme-log-export/1\n" + exportId + "\n" + format + "\n" + through + "\n" + rows + "\n" + sha256 + "\n"
                + issuedAt + "\n";
    }
}
