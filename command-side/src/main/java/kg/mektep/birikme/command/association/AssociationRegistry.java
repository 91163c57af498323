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

    record RecordedProtocol(int number, java.time.LocalDate date, boolean quorate) {
    }

    record AssociationFacts(String associationId, String schoolId, boolean active, Set<String> members, String chairId) {
    }
}
