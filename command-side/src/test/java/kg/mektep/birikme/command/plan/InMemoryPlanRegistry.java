package kg.mektep.birikme.command.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The plan registry port kept in memory, for aggregate tests: the facts a test sets up, nothing else. */
final class InMemoryPlanRegistry implements PlanRegistry {

    private final Map<String, AssociationFacts> associations = new HashMap<>();
    private final Set<List<Object>> annualPlans = new HashSet<>();
    private final Set<List<Object>> individualPlans = new HashSet<>();

    /** An active association; the first member named is its elected chair. */
    InMemoryPlanRegistry withAssociation(String associationId, String schoolId, String... memberIds) {
        associations.put(associationId, new AssociationFacts(associationId, schoolId, true, Set.of(memberIds),
                memberIds[0]));
        return this;
    }

    InMemoryPlanRegistry dissolve(String associationId) {
        AssociationFacts facts = associations.get(associationId);
        associations.put(associationId,
                new AssociationFacts(associationId, facts.schoolId(), false, facts.members(), facts.chairId()));
        return this;
    }

    InMemoryPlanRegistry withAnnualPlan(String associationId, int schoolYear) {
        annualPlans.add(List.of(associationId, schoolYear));
        return this;
    }

    InMemoryPlanRegistry withIndividualPlan(String associationId, String teacherId, int schoolYear) {
        individualPlans.add(List.of(associationId, teacherId, schoolYear));
        return this;
    }

    @Override
    public Optional<AssociationFacts> association(String associationId) {
        return Optional.ofNullable(associations.get(associationId));
    }

    @Override
    public boolean annualPlanExists(String associationId, int schoolYear) {
        return annualPlans.contains(List.of(associationId, schoolYear));
    }

    @Override
    public boolean individualPlanExists(String associationId, String teacherId, int schoolYear) {
        return individualPlans.contains(List.of(associationId, teacherId, schoolYear));
    }
}
