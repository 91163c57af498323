package kg.mektep.birikme.query.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.log.EventLogEntry;
import kg.mektep.birikme.api.log.EventLogPage;
import kg.mektep.birikme.api.log.FindEventLogQuery;
import kg.mektep.birikme.api.log.PageDirection;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Pages of the event log by global position, in either direction from a cursor. */
@Component
class EventLogQueries {

    private static final TypeReference<LinkedHashMap<String, Object>> PAYLOAD = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final LogDays days;

    EventLogQueries(JdbcClient jdbc, ObjectMapper json, LogDays days) {
        this.jdbc = jdbc;
        this.json = json;
        this.days = days;
    }

    @QueryHandler
    EventLogPage handle(FindEventLogQuery query) {
        LogConditions filter = days.conditions(query.filter());
        boolean forward = query.direction() == PageDirection.FORWARD;
        LogConditions page = query.cursor() == null ? filter
                : filter.and(forward ? "global_position > :cursor" : "global_position < :cursor", "cursor", query.cursor());
        List<LogRow> rows = new ArrayList<>(jdbc.sql("SELECT " + LogRow.COLUMNS + " FROM rm_event_log WHERE " + page.where()
                        + " ORDER BY global_position " + (forward ? "ASC" : "DESC") + " LIMIT :limit")
                .params(page.parameters()).param("limit", query.limit() + 1)
                .query((rs, n) -> LogRow.read(rs)).list());
        boolean more = rows.size() > query.limit();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (!forward) {
            Collections.reverse(rows);
        }
        // Where the page ends on either side; for an empty page, where the cursor left off.
        Long low = null;
        Long high = null;
        if (!rows.isEmpty()) {
            low = rows.get(0).position();
            high = rows.get(rows.size() - 1).position();
        } else if (query.cursor() != null) {
            low = forward ? query.cursor() + 1 : query.cursor();
            high = forward ? query.cursor() : query.cursor() - 1;
        }
        // A page without a cursor starts at its end of the log: nothing lies beyond that end, and
        // looking would scan every earlier (or later) row that does not match.
        boolean fromStart = forward && query.cursor() == null;
        boolean fromEnd = !forward && query.cursor() == null;
        Long next = (forward ? more : !fromEnd && exists(filter, "global_position > :edge", high)) ? high : null;
        Long prev = (forward ? !fromStart && exists(filter, "global_position < :edge", low) : more) ? low : null;
        Long total = query.count()
                ? jdbc.sql("SELECT count(*) FROM rm_event_log WHERE " + filter.where()).params(filter.parameters())
                        .query(Long.class).single()
                : null;
        return new EventLogPage(rows.stream().map(this::entry).toList(), next, prev, total);
    }

    private boolean exists(LogConditions filter, String condition, Long edge) {
        if (edge == null) {
            return false;
        }
        LogConditions beyond = filter.and(condition, "edge", edge);
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM rm_event_log WHERE " + beyond.where() + ")")
                .params(beyond.parameters()).query(Boolean.class).single();
    }

    private EventLogEntry entry(LogRow row) {
        return new EventLogEntry(row.position(), row.time(), row.schoolId(), row.associationId(), row.aggregateType(),
                row.aggregateId(), row.sequence(), row.eventId(), row.eventType(), row.revision(), row.actorId(),
                row.actorRole(), row.correlationId(), row.causationId(), row.summary(), payload(row.payload()));
    }

    private Map<String, Object> payload(String text) {
        try {
            return json.readValue(text, PAYLOAD);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored payloads are JSON the projection wrote", e);
        }
    }
}
