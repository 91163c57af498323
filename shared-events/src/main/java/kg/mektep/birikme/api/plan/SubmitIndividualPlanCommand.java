package kg.mektep.birikme.api.plan;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R8: a member submits an individual work plan to the association. */
public record SubmitIndividualPlanCommand(@TargetAggregateIdentifier String planId, String schoolId, String associationId, String teacherId, int schoolYear, IndividualPlanContent content) implements SchoolScoped {
}
