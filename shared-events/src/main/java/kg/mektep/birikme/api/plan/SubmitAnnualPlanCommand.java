package kg.mektep.birikme.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Submits the newest version to the deputy for teaching work. */
public record SubmitAnnualPlanCommand(@TargetAggregateIdentifier String planId, String schoolId) {
}
