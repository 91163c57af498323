package kg.mektep.birikme.query.log;

import java.time.Instant;
import kg.mektep.birikme.api.log.EventSummary;

/** The columns of an event's row in rm_event_log, apart from its position, as the projection derives them. */
record DerivedLogRow(Instant time, String schoolId, String associationId, String aggregateType, String aggregateId,
                     Long sequence, String eventId, String eventType, String revision, String actorId,
                     String actorRole, String correlationId, String causationId, EventSummary summary,
                     String searchText, String payload) {
}
