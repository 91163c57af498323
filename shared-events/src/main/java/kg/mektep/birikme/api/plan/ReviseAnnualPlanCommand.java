package kg.mektep.birikme.api.plan;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A new version of the plan; an approved version stays in force until the new one is approved. */
public record ReviseAnnualPlanCommand(@TargetAggregateIdentifier String planId, String schoolId, AnnualPlanContent content) implements SchoolScoped {
}
