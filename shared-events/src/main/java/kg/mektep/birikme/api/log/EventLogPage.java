package kg.mektep.birikme.api.log;

import java.util.List;

/**
 * A page of the log, oldest first. {@code next} is the cursor for the following page (FORWARD),
 * {@code prev} the one for the preceding page (BACKWARD); each is null where nothing more matches.
 * {@code total} counts every match of the filter, and only when asked for.
 */
public record EventLogPage(List<EventLogEntry> events, Long next, Long prev, Long total) {
}
