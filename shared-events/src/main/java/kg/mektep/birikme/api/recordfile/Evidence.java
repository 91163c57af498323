package kg.mektep.birikme.api.recordfile;

import java.time.LocalDate;

/**
 * An event that bears out a document or a rule: its global position and id, under which the
 * event log shows it, its type, and the day it names (an order's date, a meeting's date), if any.
 */
public record Evidence(long position, String eventId, String eventType, LocalDate day) {
}
