package kg.mektep.birikme.query.timeline;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.timeline.OverdueKind;
import kg.mektep.birikme.api.timeline.OverdueLinks;

/**
 * An overdue item as a source finds it. {@code words} fill the kind's text (the message
 * {@code timeline.overdue.KIND} of the query bundles) after the association's name, which comes first;
 * an enumerated value among them is named in the reader's language (i18n/enums*.properties).
 */
public record Overdue(OverdueKind kind, LocalDate due, String associationId, String associationName,
                      OverdueLinks links, List<String> responsibleIds, List<?> words) {
}
