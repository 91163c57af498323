package kg.mektep.birikme.api.admin;

import java.time.Instant;

/** A dead letter an administrator removed unprocessed, and who did. */
public record DeadLetterEviction(String letterId, String sequenceId, String eventType, Long position, String cause,
                                 String evictedBy, Instant evictedAt) {
}
