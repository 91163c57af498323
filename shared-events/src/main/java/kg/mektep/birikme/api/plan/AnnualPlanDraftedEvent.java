package kg.mektep.birikme.api.plan;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AnnualPlanDraftedEvent(String planId, String schoolId, String associationId, int schoolYear, int version, AnnualPlanContent content, String contentHash) {
}
