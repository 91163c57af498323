package kg.mektep.birikme.api.plan;

import kg.mektep.birikme.api.common.SchoolScoped;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R7 (clause 6.8): the chair drafts the plan of one month of the year. */
public record DraftMonthlyPlanCommand(@TargetAggregateIdentifier String planId, String schoolId, YearMonth month, List<String> items) implements SchoolScoped {
}
