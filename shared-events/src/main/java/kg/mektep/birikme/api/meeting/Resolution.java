package kg.mektep.birikme.api.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A resolution (токтом): its text, the members responsible and the deadline; where it approves a
 * member's individual plan (R8, clause 3.4), that plan.
 */
public record Resolution(String text, List<String> responsibleIds, LocalDate deadline, String approvesIndividualPlanId) {
}
