package kg.mektep.birikme.query.integrity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import kg.mektep.birikme.query.web.ReadRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of the chain. A checkpoint handed back is checked against the events alone,
 * never against the stored links: whoever rewrote events and links alike still cannot make the
 * events give a link that a checkpoint taken before holds.
 */
@Component
@OnJdbcEventStore
class Checkpoints {

    private final EventChain chain;
    private final ChainVerification verification;
    private final LogSigningKey key;
    private final Clock clock;

    Checkpoints(EventChain chain, ChainVerification verification, LogSigningKey key, Clock clock) {
        this.chain = chain;
        this.verification = verification;
        this.key = key;
        this.clock = clock;
    }

    /** Extends the chain as far as the log is final and signs its head. */
    LogCheckpoint take() {
        key.requireRecorded();
        EventChain.Head head = chain.extend();
        String link = Links.hex(head.link());
        Instant time = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        byte[] signature = key.sign(LogCheckpoint.signedText(head.position(), link, time).getBytes(StandardCharsets.UTF_8));
        return new LogCheckpoint(head.position(), link, time, Base64.getEncoder().encodeToString(signature));
    }

    /** Refuses a checkpoint this service did not sign; otherwise recomputes the chain up to it. */
    CheckpointVerdict check(LogCheckpoint checkpoint) {
        key.requireRecorded();
        byte[] signature = Base64.getDecoder().decode(checkpoint.signature());
        if (!key.signed(checkpoint.signedText().getBytes(StandardCharsets.UTF_8), signature)) {
            throw new ReadRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "CHECKPOINT_SIGNATURE_INVALID");
        }
        ChainVerification.Recomputed recomputed = verification.recompute(checkpoint.position());
        String link = Links.hex(recomputed.link());
        return new CheckpointVerdict(link.equals(checkpoint.link()), checkpoint.position(), checkpoint.link(), link,
                recomputed.events());
    }
}
