package kg.mektep.birikme.api.plan;

import kg.mektep.birikme.api.common.SchoolScoped;
import kg.mektep.birikme.api.common.DocumentRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R8 (clause 3.4): approved by a resolution of a meeting, cited by its protocol's number and date. */
public record ApproveIndividualPlanCommand(@TargetAggregateIdentifier String planId, String schoolId, int version, DocumentRef protocol) implements SchoolScoped {
}
