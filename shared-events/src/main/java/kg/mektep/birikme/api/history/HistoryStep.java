package kg.mektep.birikme.api.history;

import java.time.Instant;

/** One event of an association's history with what it did in words and the state right after it. */
public record HistoryStep(long position, Instant time, String aggregateType, String aggregateId, long sequence,
                          String eventType, String actorId, String description, AssociationState stateAfter) {
}
