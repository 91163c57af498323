package kg.mektep.birikme.api.timeline;

import java.time.Instant;

/** An association in the school's timeline: its events in the year, the last of them, and its overdue items. */
public record TimelineAssociation(String associationId, String name, String status, long entries, Instant lastAt,
                                  int overdue) {
}
