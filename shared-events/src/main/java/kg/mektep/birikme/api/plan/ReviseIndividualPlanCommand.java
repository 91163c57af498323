package kg.mektep.birikme.api.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviseIndividualPlanCommand(@TargetAggregateIdentifier String planId, String schoolId, IndividualPlanContent content) {
}
