package kg.mektep.birikme.command.plan;

import java.util.Optional;
import java.util.Set;

/** What the plan rules look up beyond one plan: the association and which plans already exist. */
public interface PlanRegistry {

    Optional<AssociationFacts> association(String associationId);

    boolean annualPlanExists(String associationId, int schoolYear);

    boolean individualPlanExists(String associationId, String teacherId, int schoolYear);

    record AssociationFacts(String associationId, String schoolId, boolean active, Set<String> members, String chairId) {
    }
}
