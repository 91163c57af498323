package kg.mektep.birikme.api.history;

import java.time.Instant;
import java.util.List;

/**
 * An association as it stood after the event at {@code position} (the last one replayed, 0 when none
 * was), folded from the events of the association, its annual plans and its protocol books.
 */
public record AssociationState(String associationId, String name, String status, String kind, List<String> subjects,
                               List<Person> members, Person chair, boolean chairConfirmed, List<PlanState> annualPlans,
                               List<YearProtocols> protocols, long position, Instant lastEventTime, int eventsReplayed) {

    public record Person(String teacherId, String fullName) {
    }

    /** An annual plan: its status, the version being worked on and the approved version in force (0: none). */
    public record PlanState(String planId, int schoolYear, String status, int currentVersion, int versionInForce) {
    }

    /** Protocols recorded in a school year, and whether the year's analysis closed the book. */
    public record YearProtocols(int schoolYear, int recorded, boolean analysed) {
    }
}
