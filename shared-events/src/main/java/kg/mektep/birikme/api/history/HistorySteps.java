package kg.mektep.birikme.api.history;

import java.util.List;

/** A page of an association's history; {@code next} is the {@code from} of the following page, null at the end. */
public record HistorySteps(String associationId, List<HistoryStep> steps, Long next) {
}
