package kg.mektep.birikme.api.plan;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AnnualPlanSubmittedEvent(String planId, String schoolId, String associationId, int version, String contentHash) {
}
