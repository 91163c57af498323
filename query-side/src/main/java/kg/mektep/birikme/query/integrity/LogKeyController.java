package kg.mektep.birikme.query.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Base64;
import kg.mektep.birikme.query.security.PublicRead;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public key that checkpoints are signed with, at a well-known address anyone may read. */
@RestController
@Tag(name = "Event log integrity")
@OnJdbcEventStore
class LogKeyController {

    private final LogSigningKey key;

    LogKeyController(LogSigningKey key) {
        this.key = key;
    }

    @GetMapping("/.well-known/birikme-log-key")
    @PublicRead
    @Operation(summary = "The Ed25519 public key (base64 X.509 SubjectPublicKeyInfo) that signs checkpoints, "
            + "and the text each signature covers (of a checkpoint, of an export's receipt)")
    PublishedLogKey key() {
        key.requireRecorded();
        byte[] publicKey = key.publicKeyInfo();
        return new PublishedLogKey(LogSigningKey.ALGORITHM, Base64.getEncoder().encodeToString(publicKey),
                Links.hex(Links.sha256(publicKey)), LogCheckpoint.SIGNED_TEXT, ExportReceipt.SIGNED_TEXT);
    }
}
