package kg.mektep.birikme.command.association;

import java.util.Optional;
import java.util.Set;

/** What rules look up beyond one aggregate: an association (school, members, chair), its plans and protocols. */
public interface AssociationRegistry {

    Optional<AssociationFacts> association(String associationId);

    boolean annualPlanExists(String associationId, int schoolYear);

    boolean individualPlanExists(String associationId, String teacherId, int schoolYear);

    /** The association whose member submitted this individual plan. */
    Optional<String> associationOfIndividualPlan(String planId);

    Optional<RecordedProtocol> protocol(String associationId, int schoolYear, int number);

    /** Whether a resolution of that protocol approves this individual plan (clause 3.4). */
    boolean protocolApprovesIndividualPlan(String associationId, int schoolYear, int number, String planId);

    /**
     * A recorded protocol: its number, the meeting's date, its quorum, when it was recorded (null: not
     * known), and whether its resolutions name the individual plans they approve (those recorded
     * before they had to do not).
     */
    record RecordedProtocol(int number, java.time.LocalDate date, boolean quorate, java.time.Instant recordedAt,
                            boolean plansNamed) {

        /** Whether it was recorded before that instant, so that its meeting cannot have considered what came then. */
        public boolean recordedBefore(java.time.Instant instant) {
            return recordedAt != null && recordedAt.isBefore(instant);
        }
    }

    /** An association as the rules see it; {@code openedOn}, its opening order's day, null where not known. */
    record AssociationFacts(String associationId, String schoolId, boolean active, Set<String> members, String chairId,
                            java.time.LocalDate openedOn) {

        /** Whether the day is before the association was opened by its order (clause 6.1): nothing of it is dated then. */
        public boolean openedAfter(java.time.LocalDate day) {
            return openedOn != null && day.isBefore(openedOn);
        }
    }
}
