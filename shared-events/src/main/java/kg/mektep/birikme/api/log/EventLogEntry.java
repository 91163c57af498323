package kg.mektep.birikme.api.log;

import java.time.Instant;
import java.util.Map;

/**
 * One stored event as the log shows it. {@code position} is its global position in the event
 * store; the aggregate fields are null for an event no aggregate applied (an export record).
 */
public record EventLogEntry(long position,
                            Instant time,
                            String schoolId,
                            String associationId,
                            String aggregateType,
                            String aggregateId,
                            Long sequence,
                            String eventId,
                            String eventType,
                            String revision,
                            String actorId,
                            String actorRole,
                            String correlationId,
                            String causationId,
                            EventSummary summary,
                            Map<String, Object> payload) {
}
