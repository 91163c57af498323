package kg.mektep.birikme.api.plan;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Submits the newest version to the deputy for teaching work. */
public record SubmitAnnualPlanCommand(@TargetAggregateIdentifier String planId, String schoolId) implements SchoolScoped {
}
