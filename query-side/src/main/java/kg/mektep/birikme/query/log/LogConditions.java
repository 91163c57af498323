package kg.mektep.birikme.query.log;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.mektep.birikme.api.log.EventLogFilter;

/** A filter of the log as the WHERE clause of rm_event_log with its named parameters. */
record LogConditions(String where, Map<String, Object> parameters) {

    static LogConditions of(EventLogFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        conditions.add("school_id IN (:schools)");
        parameters.put("schools", filter.schoolIds());
        if (filter.associationId() != null) {
            conditions.add("association_id = :association");
            parameters.put("association", filter.associationId());
        }
        if (!filter.eventTypes().isEmpty()) {
            conditions.add("event_type IN (:types)");
            parameters.put("types", filter.eventTypes());
        }
        if (filter.actorId() != null) {
            conditions.add("actor_id = :actor");
            parameters.put("actor", filter.actorId());
        }
        if (filter.since() != null) {
            conditions.add("occurred_at >= :since");
            parameters.put("since", OffsetDateTime.ofInstant(filter.since(), ZoneOffset.UTC));
        }
        if (filter.until() != null) {
            conditions.add("occurred_at < :until");
            parameters.put("until", OffsetDateTime.ofInstant(filter.until(), ZoneOffset.UTC));
        }
        if (filter.correlationId() != null) {
            conditions.add("correlation_id = :correlation");
            parameters.put("correlation", filter.correlationId());
        }
        for (int i = 0; i < filter.words().size(); i++) {
            conditions.add("search_text LIKE :word" + i + " ESCAPE '\\'");
            parameters.put("word" + i, "%" + likeLiteral(filter.words().get(i).toLowerCase(Locale.ROOT)) + "%");
        }
        return new LogConditions(String.join(" AND ", conditions), parameters);
    }

    /** The same conditions and one more. */
    LogConditions and(String condition, String name, Object value) {
        return and(condition, Map.of(name, value));
    }

    /** The same conditions and one more, with the values it names. */
    LogConditions and(String condition, Map<String, Object> values) {
        Map<String, Object> more = new LinkedHashMap<>(parameters);
        more.putAll(values);
        return new LogConditions(where + " AND " + condition, more);
    }

    private static String likeLiteral(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
