package kg.mektep.birikme.query.recordfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.recordfile.Evidence;

/**
 * One fact of an association's record with the event behind it: where the event stands in the
 * log, when it was recorded (and that day in the school's time zone), the school year it belongs
 * to (null for facts of the association itself), the day it names and what it concerns
 * ({@code ref}: a teacher, a plan, a month, a protocol's number, an activity, a document), and what
 * it names besides ({@code linked}: a seminar's lessons and events, the seminar of a lesson or event,
 * the mentor assigned to a young teacher).
 */
public record Proof(Fact fact, long position, String eventId, String eventType, Instant recordedAt,
                    LocalDate recordedOn, Integer schoolYear, LocalDate day, String ref, Boolean quorate,
                    List<String> linked) {

    /** The day the record names, or else the day it was recorded. */
    public LocalDate dayOrRecorded() {
        return day != null ? day : recordedOn;
    }

    public Evidence evidence() {
        return new Evidence(position, eventId, eventType, dayOrRecorded());
    }
}
