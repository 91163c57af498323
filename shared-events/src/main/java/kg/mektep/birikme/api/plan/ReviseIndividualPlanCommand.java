package kg.mektep.birikme.api.plan;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviseIndividualPlanCommand(@TargetAggregateIdentifier String planId, String schoolId, IndividualPlanContent content) implements SchoolScoped {
}
