package kg.mektep.birikme.query.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.query.log.EventLogRowsCheck;
import kg.mektep.birikme.query.log.EventLogRowsVerification;
import kg.mektep.birikme.query.security.ReadableBy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proof that the event log was not altered, for inspectors and the administrator. The log spans
 * every school, so a director, whose reads stop at their own school, has none of it; what these
 * answers show is positions, counts and hashes, never the content of an event.
 */
@RestController
@RequestMapping("/api/log")
@Tag(name = "Event log integrity")
@ReadableBy({Role.INSPECTOR, Role.ADMIN})
@OnJdbcEventStore
class LogIntegrityController {

    private final ChainVerification verification;
    private final Checkpoints checkpoints;
    private final EventLogRowsVerification rows;

    LogIntegrityController(ChainVerification verification, Checkpoints checkpoints, EventLogRowsVerification rows) {
        this.verification = verification;
        this.checkpoints = checkpoints;
        this.rows = rows;
    }

    @GetMapping("/integrity")
    @Operation(summary = "Recompute the hash chain from the stored events: intact up to a position, "
            + "or the first position where events and chain disagree (ALTERED, MISSING, INSERTED, REORDERED)")
    LogIntegrity integrity() {
        return verification.verify();
    }

    @GetMapping("/integrity/rows")
    @Operation(summary = "Hold the event log's rows, which searches and exports show, against the stored events: "
            + "intact up to a position, or the first row that is ALTERED (with its column), MISSING, INSERTED, "
            + "or whose event is UNREADABLE")
    EventLogRowsCheck rows() {
        return rows.verify();
    }

    @PostMapping("/checkpoints")
    @Operation(summary = "The chain's head (position, link, time) signed with the service's Ed25519 key, "
            + "to keep outside the service")
    LogCheckpoint checkpoint() {
        return checkpoints.take();
    }

    @PostMapping("/checkpoints/verification")
    @Operation(summary = "Check a kept checkpoint: its signature, then whether the stored events up to its position "
            + "still give its link")
    CheckpointVerdict verification(@Valid @RequestBody LogCheckpoint checkpoint) {
        return checkpoints.check(checkpoint);
    }
}
