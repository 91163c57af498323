package kg.mektep.birikme.api.plan;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R6 (clause 5.4): the deputy for teaching work approves exactly the submitted version. */
public record ApproveAnnualPlanCommand(@TargetAggregateIdentifier String planId, String schoolId, int version) implements SchoolScoped {
}
