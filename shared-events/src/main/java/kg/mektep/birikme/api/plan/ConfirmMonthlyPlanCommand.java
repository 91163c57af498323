package kg.mektep.birikme.api.plan;

import kg.mektep.birikme.api.common.SchoolScoped;
import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The chair confirms a month's plan. */
public record ConfirmMonthlyPlanCommand(@TargetAggregateIdentifier String planId, String schoolId, YearMonth month) implements SchoolScoped {
}
