package kg.mektep.birikme.api.plan;

import kg.mektep.birikme.api.common.DocumentRef;
import org.axonframework.serialization.Revision;

@Revision("1")
public record IndividualPlanApprovedEvent(String planId, String schoolId, String associationId, String teacherId, int version, String contentHash, DocumentRef protocol, String approverId, String approverRole) {
}
