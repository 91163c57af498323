package kg.mektep.birikme.api.plan;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R6: the chair drafts the association's one annual work plan for a school year (named by its first year). */
public record DraftAnnualPlanCommand(@TargetAggregateIdentifier String planId, String schoolId, String associationId, int schoolYear, AnnualPlanContent content) implements SchoolScoped {
}
