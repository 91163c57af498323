package kg.mektep.birikme.query.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import kg.mektep.birikme.api.log.EventSummary;

/** One row of rm_event_log as read, the payload still the JSON text the database gives. */
record LogRow(long position, Instant time, String schoolId, String associationId, String aggregateType,
              String aggregateId, Long sequence, String eventId, String eventType, String revision, String actorId,
              String actorRole, String correlationId, String causationId, EventSummary summary, String payload) {

    static final String COLUMNS = """
            global_position, occurred_at, school_id, association_id, aggregate_type, aggregate_id, sequence_number,
            event_id, event_type, revision, actor_id, actor_role, correlation_id, causation_id, summary_ky,
            summary_ru, summary_en, payload::text AS payload_json""";

    static LogRow read(ResultSet rs) throws SQLException {
        long stored = rs.getLong("sequence_number");
        Long sequence = rs.wasNull() ? null : stored;
        return new LogRow(rs.getLong("global_position"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("school_id"), rs.getString("association_id"), rs.getString("aggregate_type"),
                rs.getString("aggregate_id"), sequence, rs.getString("event_id"),
                rs.getString("event_type"), rs.getString("revision"), rs.getString("actor_id"),
                rs.getString("actor_role"), rs.getString("correlation_id"), rs.getString("causation_id"),
                new EventSummary(rs.getString("summary_ky"), rs.getString("summary_ru"), rs.getString("summary_en")),
                rs.getString("payload_json"));
    }
}
