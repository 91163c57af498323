package kg.mektep.birikme.query.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.StorableText;
import kg.mektep.birikme.api.log.EventSummary;
import kg.mektep.birikme.query.admin.BatchedRows;
import kg.mektep.birikme.query.admin.GlobalPosition;
import kg.mektep.birikme.query.admin.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;

/**
 * Every event of the store, one row each, under its global position: the log inspectors search.
 * Its own processing group, so that it can be rebuilt without touching the other read models;
 * writing a row again (a replay) leaves the same row. The rows of a batch of events are written
 * together when the batch commits ({@link BatchedRows}).
 */
@Component
@ReadModelTables(value = {"rm_event_log", "rm_event_log_day"}, insertOnly = "rm_event_log")
@ProcessingGroup(EventLogProjection.GROUP)
class EventLogProjection {

    static final String GROUP = "event-log";
    private static final String ASSOCIATION_AGGREGATE = "Association";

    private final BatchedRows rows;
    private final ObjectMapper json;
    private final EventSummaries summaries;

    EventLogProjection(BatchedRows rows, ObjectMapper json, EventSummaries summaries) {
        this.rows = rows;
        this.json = json;
        this.summaries = summaries;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) throws JsonProcessingException {
        // The event's own global position: not always the token's (see GlobalPosition).
        GlobalPosition position = GlobalPosition.of(message, token);
        DerivedLogRow row = derive(payload, message);
        rows.add("""
                INSERT INTO rm_event_log (global_position, occurred_at, school_id, association_id, aggregate_type,
                                          aggregate_id, sequence_number, event_id, event_type, revision, actor_id,
                                          actor_role, correlation_id, causation_id, summary_ky, summary_ru, summary_en,
                                          search_text, payload)
                VALUES (%s, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                ON CONFLICT (global_position) DO UPDATE
                SET summary_ky = excluded.summary_ky, summary_ru = excluded.summary_ru, summary_en = excluded.summary_en,
                    search_text = excluded.search_text""".formatted(position.sql()),
                position.value(), OffsetDateTime.ofInstant(row.time(), ZoneOffset.UTC), row.schoolId(),
                row.associationId(), row.aggregateType(), row.aggregateId(), row.sequence(), row.eventId(),
                row.eventType(), row.revision(), row.actorId(), row.actorRole(), row.correlationId(),
                row.causationId(), row.summary().ky(), row.summary().ru(), row.summary().en(), row.searchText(),
                row.payload());
    }

    /** What the row of this event holds, apart from its position: what the check of the rows derives again. */
    DerivedLogRow derive(Object payload, EventMessage<?> message) throws JsonProcessingException {
        MetaData metaData = message.getMetaData();
        boolean ofAggregate = message instanceof DomainEventMessage<?> domain && domain.getType() != null;
        DomainEventMessage<?> domain = ofAggregate ? (DomainEventMessage<?>) message : null;
        EventSummary summary = summaries.summarise(payload);
        return new DerivedLogRow(message.getTimestamp(), schoolOf(payload, metaData), associationOf(payload, domain),
                domain == null ? null : domain.getType(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                message.getIdentifier(), payload.getClass().getSimpleName(), revisionOf(payload),
                text(metaData.get(MetadataKeys.ACTOR_ID)), text(metaData.get(MetadataKeys.ACTOR_ROLE)),
                text(metaData.get(MetadataKeys.CORRELATION_ID)), text(metaData.get(MetadataKeys.CAUSATION_ID)),
                summary, searchText(summary), json.writeValueAsString(payload));
    }

    /** The school the event itself names; the school of the command behind it otherwise. */
    private static String schoolOf(Object payload, MetaData metaData) {
        Object named = EventSummaries.valueAt(payload, "schoolId");
        return named != null ? named.toString() : text(metaData.get(MetadataKeys.SCHOOL_ID));
    }

    private static String associationOf(Object payload, DomainEventMessage<?> domain) {
        Object named = EventSummaries.valueAt(payload, "associationId");
        if (named != null) {
            return named.toString();
        }
        return domain != null && ASSOCIATION_AGGREGATE.equals(domain.getType()) ? domain.getAggregateIdentifier() : null;
    }

    private static String revisionOf(Object payload) {
        Revision revision = payload.getClass().getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }

    static String searchText(EventSummary summary) {
        // In normalization form C, as the words searched for are: an event stored before text was kept so still matches.
        return StorableText.nfc(summary.ky() + "\n" + summary.ru() + "\n" + summary.en()).toLowerCase(Locale.ROOT);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
