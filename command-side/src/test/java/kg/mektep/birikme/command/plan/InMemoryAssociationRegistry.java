package kg.mektep.birikme.command.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.mektep.birikme.command.association.AssociationRegistry;

/** The plan registry port kept in memory, for aggregate tests: the facts a test sets up, nothing else. */
public final class InMemoryAssociationRegistry implements AssociationRegistry {

    private final Map<String, AssociationFacts> associations = new HashMap<>();
    private final Set<List<Object>> annualPlans = new HashSet<>();
    private final Set<List<Object>> individualPlans = new HashSet<>();

    /** An active association; the first member named is its elected chair. */
    public InMemoryAssociationRegistry withAssociation(String associationId, String schoolId, String... memberIds) {
        associations.put(associationId, new AssociationFacts(associationId, schoolId, true, Set.of(memberIds),
                memberIds[0], null));
        return this;
    }

    /** The day the association's opening order was issued (unknown until given). */
    public InMemoryAssociationRegistry openedOn(String associationId, java.time.LocalDate day) {
        AssociationFacts facts = associations.get(associationId);
        associations.put(associationId, new AssociationFacts(associationId, facts.schoolId(), facts.active(),
                facts.members(), facts.chairId(), day));
        return this;
    }

    public InMemoryAssociationRegistry dissolve(String associationId) {
        AssociationFacts facts = associations.get(associationId);
        associations.put(associationId,
                new AssociationFacts(associationId, facts.schoolId(), false, facts.members(), facts.chairId(),
                        facts.openedOn()));
        return this;
    }

    InMemoryAssociationRegistry withAnnualPlan(String associationId, int schoolYear) {
        annualPlans.add(List.of(associationId, schoolYear));
        return this;
    }

    InMemoryAssociationRegistry withIndividualPlan(String associationId, String teacherId, int schoolYear) {
        individualPlans.add(List.of(associationId, teacherId, schoolYear));
        return this;
    }

    private final Map<List<Object>, RecordedProtocol> protocols = new HashMap<>();
    private final Map<String, String> planAssociations = new HashMap<>();

    /** A protocol recorded at noon of its meeting's day in Bishkek. */
    public InMemoryAssociationRegistry withProtocol(String associationId, int schoolYear, int number, java.time.LocalDate date,
                                             boolean quorate) {
        return withProtocol(associationId, schoolYear, number, date, quorate,
                date.atTime(12, 0).atZone(java.time.ZoneId.of("Asia/Bishkek")).toInstant());
    }

    public InMemoryAssociationRegistry withProtocol(String associationId, int schoolYear, int number, java.time.LocalDate date,
                                                    boolean quorate, java.time.Instant recordedAt) {
        protocols.put(List.of(associationId, schoolYear, number), new RecordedProtocol(number, date, quorate, recordedAt, true));
        return this;
    }

    /** A protocol recorded before resolutions had to name the plans they approve, its recording time not known. */
    public InMemoryAssociationRegistry withEarlierProtocol(String associationId, int schoolYear, int number,
                                                           java.time.LocalDate date) {
        protocols.put(List.of(associationId, schoolYear, number), new RecordedProtocol(number, date, true, null, false));
        return this;
    }

    private final Set<List<Object>> planResolutions = new HashSet<>();

    /** A resolution of that protocol approves the plan. */
    public InMemoryAssociationRegistry withResolutionApproving(String associationId, int schoolYear, int number,
                                                               String planId) {
        planResolutions.add(List.of(associationId, schoolYear, number, planId));
        return this;
    }

    @Override
    public boolean protocolApprovesIndividualPlan(String associationId, int schoolYear, int number, String planId) {
        return planResolutions.contains(List.of(associationId, schoolYear, number, planId));
    }

    public InMemoryAssociationRegistry withIndividualPlanOf(String planId, String associationId) {
        planAssociations.put(planId, associationId);
        return this;
    }

    @Override
    public Optional<String> associationOfIndividualPlan(String planId) {
        return Optional.ofNullable(planAssociations.get(planId));
    }

    @Override
    public Optional<RecordedProtocol> protocol(String associationId, int schoolYear, int number) {
        return Optional.ofNullable(protocols.get(List.of(associationId, schoolYear, number)));
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
