package kg.mektep.birikme.api.plan;

import java.time.YearMonth;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MonthlyPlanDraftedEvent(String planId, String schoolId, String associationId, YearMonth month, List<String> items) {
}
