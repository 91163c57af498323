package kg.mektep.birikme.api.admin;

import java.time.Instant;

/**
 * An event a projection could not handle: its sequence (the aggregate, whose later events wait
 * behind it), type and global position, why it failed, how often it was tried.
 */
public record DeadLetterView(String letterId, String sequenceId, String eventId, String eventType, Long position,
                             String causeType, String cause, int attempts, Instant enqueuedAt, Instant lastTouched) {
}
