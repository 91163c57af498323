package kg.mektep.birikme.api.plan;

import java.time.YearMonth;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MonthlyPlanConfirmedEvent(String planId, String schoolId, String associationId, YearMonth month) {
}
