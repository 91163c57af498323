package kg.mektep.birikme.api.nomination;

import java.time.Instant;
import kg.mektep.birikme.api.common.DocumentRef;

/** A nomination or proposal with its status and the dates of each step; later steps are null until taken. */
public record NominationView(String nominationId, String associationId, String associationName, NominationKind kind,
                             String clause, String nomineeId, String nomineeName, String text, DocumentRef protocol,
                             NominationStatus status, Instant proposedAt, String proposedBy, Instant forwardedAt,
                             String forwardedBy, Instant decidedAt, String decidedBy, NominationOutcome outcome,
                             String note) {
}
