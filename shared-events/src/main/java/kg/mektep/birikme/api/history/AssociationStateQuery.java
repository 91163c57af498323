package kg.mektep.birikme.api.history;

import java.time.LocalDate;

/**
 * The state of an association as of the end of a day in the school's time zone, or as of a global
 * event position (one of the two; neither means now), replayed from the event store. Answered with
 * an {@link AssociationState}.
 */
public record AssociationStateQuery(String schoolId, String associationId, LocalDate at, Long position) {
}
