package kg.mektep.birikme.api.history;

import java.time.LocalDate;

/**
 * An annual plan as of the end of a day in the school's time zone or a global position (neither:
 * now), replayed from the event store. Answered with a {@link PlanAsOf}.
 */
public record PlanStateQuery(String schoolId, String planId, LocalDate at, Long position) {
}
