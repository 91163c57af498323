package kg.mektep.birikme.query.log;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;

/** The filter of a log read as the query string gives it; {@link LogFilters} checks and reads it. */
record LogParameters(
        @Parameter(description = "School id, repeatable; without it every school the reader may see")
        List<String> school,
        @Parameter(description = "Association id")
        String association,
        @Parameter(description = "Event type (e.g. ProtocolRecordedEvent), repeatable")
        List<String> type,
        @Parameter(description = "User id of the actor")
        String actor,
        @Parameter(description = "From this instant (2026-09-01T08:00:00Z) or day (2026-09-01, Asia/Bishkek), inclusive")
        String since,
        @Parameter(description = "Up to this instant, exclusive, or to the end of this day (Asia/Bishkek)")
        String until,
        @Parameter(description = "Correlation id: every event of one request")
        String correlation,
        @Parameter(description = "Words that must all occur in the summary (any language, any case)")
        String q) {
}
