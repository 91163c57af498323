package kg.mektep.birikme.api.plan;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The deputy returns the submitted version with comments. */
public record ReturnAnnualPlanCommand(@TargetAggregateIdentifier String planId, String schoolId, int version, String comments) implements SchoolScoped {
}
