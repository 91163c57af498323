package kg.mektep.birikme.api.plan;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AnnualPlanRevisedEvent(String planId, String schoolId, String associationId, int version, AnnualPlanContent content, String contentHash) {
}
