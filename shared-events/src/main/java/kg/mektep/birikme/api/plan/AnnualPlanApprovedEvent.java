package kg.mektep.birikme.api.plan;

import org.axonframework.serialization.Revision;

/** Who approved which exact version (by its content hash); the event's timestamp says when. */
@Revision("1")
public record AnnualPlanApprovedEvent(String planId, String schoolId, String associationId, int schoolYear, int version, String contentHash, String approverId, String approverRole) {
}
