package kg.mektep.birikme.query.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationDissolvedEvent;
import kg.mektep.birikme.api.association.AssociationReorganisedEvent;
import kg.mektep.birikme.api.association.ChairConfirmedEvent;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import kg.mektep.birikme.api.association.ChairVacatedEvent;
import kg.mektep.birikme.api.association.MemberAddedEvent;
import kg.mektep.birikme.api.association.MemberRemovedEvent;
import kg.mektep.birikme.api.history.AssociationState;
import kg.mektep.birikme.api.history.AssociationState.Person;
import kg.mektep.birikme.api.history.AssociationState.PlanState;
import kg.mektep.birikme.api.history.AssociationState.YearProtocols;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.YearAnalysisRecordedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanApprovedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanReturnedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanRevisedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanSubmittedEvent;

/**
 * The state of one association folded event by event, the way its aggregates saw it; events that do
 * not change what the state shows only move its position.
 */
final class AssociationFold {

    private final Function<String, String> names;
    private String associationId;
    private String name;
    private String status = "NOT_CREATED";
    private String kind;
    private List<String> subjects = List.of();
    private final Set<String> members = new LinkedHashSet<>();
    private String chairId;
    private boolean chairConfirmed;
    private final Map<String, Plan> plans = new LinkedHashMap<>();
    private final Map<Integer, int[]> protocols = new TreeMap<>();
    private final Set<Integer> analysed = new LinkedHashSet<>();
    private long position;
    private Supplier<Instant> lastEventTime = () -> null;
    private int replayed;

    AssociationFold(Function<String, String> names) {
        this.names = names;
    }

    private static final class Plan {
        final String planId;
        final int schoolYear;
        String status = "DRAFT";
        int currentVersion;
        int versionInForce;

        Plan(String planId, int schoolYear) {
            this.planId = planId;
            this.schoolYear = schoolYear;
        }

        String pending(String whenNoneInForce) {
            return versionInForce == 0 ? whenNoneInForce : "AMENDED_AWAITING_APPROVAL";
        }
    }

    /** Applies one event; its time is read only when a state is shown (parsing every stored time costs). */
    void apply(Object event, long eventPosition, Supplier<Instant> time) {
        position = eventPosition;
        lastEventTime = time;
        replayed++;
        if (event instanceof AssociationCreatedEvent e) {
            associationId = e.associationId();
            name = e.name();
            status = "ACTIVE";
            kind = e.kind().name();
            subjects = List.copyOf(e.subjects());
            members.addAll(e.memberIds());
        } else if (event instanceof MemberAddedEvent e) {
            members.add(e.teacherId());
        } else if (event instanceof MemberRemovedEvent e) {
            members.remove(e.teacherId());
        } else if (event instanceof ChairElectedEvent e) {
            chairId = e.teacherId();
            chairConfirmed = false;
        } else if (event instanceof ChairConfirmedEvent) {
            chairConfirmed = true;
        } else if (event instanceof ChairVacatedEvent) {
            chairId = null;
            chairConfirmed = false;
        } else if (event instanceof AssociationReorganisedEvent e) {
            name = e.name();
            kind = e.kind().name();
            subjects = List.copyOf(e.subjects());
            e.leftMemberIds().forEach(members::remove);
            members.addAll(e.joinedMemberIds());
        } else if (event instanceof AssociationDissolvedEvent) {
            status = "DISSOLVED";
        } else if (event instanceof AnnualPlanDraftedEvent e) {
            plans.computeIfAbsent(e.planId(), id -> new Plan(id, e.schoolYear())).currentVersion = e.version();
        } else if (event instanceof AnnualPlanRevisedEvent e) {
            plan(e.planId()).ifPresent(plan -> {
                plan.currentVersion = e.version();
                plan.status = plan.pending("DRAFT");
            });
        } else if (event instanceof AnnualPlanSubmittedEvent e) {
            plan(e.planId()).ifPresent(plan -> plan.status = plan.pending("SUBMITTED"));
        } else if (event instanceof AnnualPlanReturnedEvent e) {
            plan(e.planId()).ifPresent(plan -> plan.status = plan.pending("RETURNED"));
        } else if (event instanceof AnnualPlanApprovedEvent e) {
            plan(e.planId()).ifPresent(plan -> {
                plan.status = "APPROVED";
                plan.versionInForce = e.version();
            });
        } else if (event instanceof ProtocolRecordedEvent e) {
            protocols.computeIfAbsent(e.schoolYear(), year -> new int[1])[0]++;
        } else if (event instanceof YearAnalysisRecordedEvent e) {
            protocols.computeIfAbsent(e.schoolYear(), year -> new int[1]);
            analysed.add(e.schoolYear());
        }
        // Other events of the association's aggregates do not change what the state shows.
    }

    private Optional<Plan> plan(String planId) {
        return Optional.ofNullable(plans.get(planId));
    }

    boolean created() {
        return associationId != null;
    }

    AssociationState state() {
        List<Person> people = members.stream().map(id -> new Person(id, names.apply(id))).toList();
        List<PlanState> planStates = new ArrayList<>();
        plans.values().forEach(plan -> planStates.add(new PlanState(plan.planId, plan.schoolYear, plan.status,
                plan.currentVersion, plan.versionInForce)));
        List<YearProtocols> years = new ArrayList<>();
        protocols.forEach((year, count) -> years.add(new YearProtocols(year, count[0], analysed.contains(year))));
        return new AssociationState(associationId, name, status, kind, subjects, people,
                chairId == null ? null : new Person(chairId, names.apply(chairId)), chairConfirmed, planStates, years,
                position, lastEventTime.get(), replayed);
    }
}
