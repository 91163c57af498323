package kg.mektep.birikme.api.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * Something that should have been done by {@code due} and was not, as of the school's today:
 * {@code what} in the reader's language, {@code daysOverdue} days past due, the teachers
 * responsible where the record names them.
 */
public record OverdueItem(OverdueKind kind, String what, LocalDate due, long daysOverdue, String associationId,
                          String associationName, OverdueLinks links, List<String> responsibleIds) {
}
