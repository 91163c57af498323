package kg.mektep.birikme.api.plan;

import java.time.Instant;

/** One step of a plan's approval: SUBMITTED, RESUBMITTED, RETURNED or APPROVED, by whom, of which version. */
public record PlanApprovalEntry(Instant at, String planId, String planKind, String associationId, int schoolYear,
                                String action, int version, String contentHash, String actorId, String actorRole,
                                boolean late, String comments) {
}
