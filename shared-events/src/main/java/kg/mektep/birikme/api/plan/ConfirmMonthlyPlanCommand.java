package kg.mektep.birikme.api.plan;

import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The chair confirms a month's plan. */
public record ConfirmMonthlyPlanCommand(@TargetAggregateIdentifier String planId, String schoolId, YearMonth month) {
}
