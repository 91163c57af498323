package kg.mektep.birikme.api.timeline;

import java.time.Instant;

/**
 * One event of the timeline: when, what in the reader's language, by whom (the user, their role and,
 * for a teacher's account, the teacher's name) and its global position in the event store.
 * {@code involvement} is given in a teacher's timeline only.
 */
public record TimelineEntry(Instant time, long position, String eventType, String what, String associationId,
                            String actorId, String actorRole, String actorName, Involvement involvement) {
}
