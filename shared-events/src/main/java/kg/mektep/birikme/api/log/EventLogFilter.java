package kg.mektep.birikme.api.log;

import java.time.Instant;
import java.util.List;

/**
 * What a reader of the event log asks for. {@code schoolIds} is never empty: it is the reader's
 * own scope, or the part of it the reader named. A null or empty criterion does not narrow the log.
 * {@code since} is inclusive, {@code until} exclusive; every one of {@code words} must occur in the
 * summary (in any of its languages, case aside).
 */
public record EventLogFilter(List<String> schoolIds,
                             String associationId,
                             List<String> eventTypes,
                             String actorId,
                             Instant since,
                             Instant until,
                             String correlationId,
                             List<String> words) {

    public EventLogFilter {
        schoolIds = List.copyOf(schoolIds);
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        words = words == null ? List.of() : List.copyOf(words);
    }
}
