package kg.mektep.birikme.api.plan;

import org.axonframework.serialization.Revision;

/** Submission and every revision: a new version awaiting the association's approval. */
@Revision("1")
public record IndividualPlanSubmittedEvent(String planId, String schoolId, String associationId, String teacherId, int schoolYear, int version, IndividualPlanContent content, String contentHash) {
}
