package kg.mektep.birikme.command.association;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;
import static kg.mektep.birikme.command.rules.Rules.orEmpty;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requirePresent;
import static kg.mektep.birikme.command.rules.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.association.AddMemberCommand;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationDissolvedEvent;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.association.AssociationReorganisedEvent;
import kg.mektep.birikme.api.association.ChairConfirmedEvent;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import kg.mektep.birikme.api.association.ChairVacatedEvent;
import kg.mektep.birikme.api.association.ConfirmChairCommand;
import kg.mektep.birikme.api.association.CreateAssociationCommand;
import kg.mektep.birikme.api.association.DissolveAssociationCommand;
import kg.mektep.birikme.api.association.ElectChairCommand;
import kg.mektep.birikme.api.association.MemberAddedEvent;
import kg.mektep.birikme.api.association.MemberRemovedEvent;
import kg.mektep.birikme.api.association.RemoveMemberCommand;
import kg.mektep.birikme.api.association.ReorganiseAssociationCommand;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.command.meeting.MeetingResolutions;
import kg.mektep.birikme.command.school.SchoolCalendar;
import kg.mektep.birikme.command.school.SchoolRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A methodological association (усулдук бирикме) of a school: its foundation by order, its members
 * and its chair. Command handlers check the regulation and apply; event handlers only assign.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = CommandSideAxonConfig.AGGREGATE_CACHE)
// Snapshots are Jackson JSON of the aggregate's fields: the state, not an API, so fields are read directly.
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
// The snapshot's shape: raise it when the fields change, and older snapshots are ignored.
@Revision("3")
public class Association {

    static final int MINIMUM_MEMBERS = 4;

    @AggregateIdentifier
    private String associationId;
    private String schoolId;
    private AssociationKind kind;
    private List<String> subjects = new ArrayList<>();
    private final Set<String> members = new LinkedHashSet<>();
    private String chairId;
    private LocalDate chairElectedOn;
    /** The day of the opening order (clause 6.1): the association elects from then on. */
    private LocalDate openedOn;
    /** The day of the latest election recorded, kept when the chair is left empty. */
    private LocalDate latestElectionOn;
    private boolean chairConfirmed;
    private boolean dissolved;

    protected Association() {
    }

    @CommandHandler
    public Association(CreateAssociationCommand command, SchoolRegistry registry, SchoolCalendar calendar) {
        require(registry.schoolExists(command.schoolId()), Refusal.SCHOOL_NOT_FOUND, command.schoolId());
        requireText(command.name(), "name");
        Foundation.requireKindAndSubjects(command.kind(), command.educationalAreas(), command.subjects());
        Foundation.requireOrderOnDeputyProposal(command.order(), command.proposal(), calendar.today(command.schoolId()));
        Foundation.requireCouncilDecisionsBeforeOrder(command.pedagogicalCouncilDecision(),
                command.methodologicalCouncilApproval(), command.order());
        List<String> memberIds = orEmpty(command.memberIds());
        new Membership(registry, command.schoolId(), command.kind(), command.subjects()).requireValid(memberIds);
        apply(new AssociationCreatedEvent(command.associationId(), command.schoolId(), command.name().strip(),
                command.kind(), orEmpty(command.educationalAreas()), orEmpty(command.subjects()), memberIds,
                command.order(), command.proposal(), command.pedagogicalCouncilDecision(),
                command.methodologicalCouncilApproval()));
    }

    @CommandHandler
    void handle(AddMemberCommand command, SchoolRegistry registry) {
        requireActiveOf(command.schoolId());
        require(!members.contains(command.teacherId()), Refusal.ALREADY_MEMBER, command.teacherId());
        membership(registry).requireTeacherFits(command.teacherId());
        apply(new MemberAddedEvent(associationId, schoolId, command.teacherId()));
    }

    @CommandHandler
    void handle(RemoveMemberCommand command) {
        requireActiveOf(command.schoolId());
        require(members.contains(command.teacherId()), Refusal.NOT_A_MEMBER, command.teacherId());
        requireFourRemainAfterRemoval();
        apply(new MemberRemovedEvent(associationId, schoolId, command.teacherId(), command.reason()));
        vacateChairIfHeldBy(List.of(command.teacherId()));
    }

    /** Clause 5.1: the members elect; the election is recorded by a teacher who is one of them. */
    @CommandHandler
    void handle(ElectChairCommand command, AssociationRegistry registry, SchoolCalendar calendar,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        requireActiveOf(command.schoolId());
        require(actorTeacherId != null && members.contains(actorTeacherId), Refusal.NOT_BY_MEMBER);
        requirePresent(command.meetingDate(), "meetingDate");
        // An election is recorded once held: one dated ahead would also hold back the director's order.
        LocalDate today = calendar.today(schoolId);
        require(!command.meetingDate().isAfter(today), Refusal.ELECTION_DATE_IN_FUTURE, command.meetingDate(), today);
        require(openedOn == null || !command.meetingDate().isBefore(openedOn), Refusal.DATED_BEFORE_OPENING,
                command.meetingDate(), openedOn);
        // A meeting's election does not overturn one held after it: the later election stands. The
        // election of the chair in office, not yet confirmed, may be recorded again with its true date.
        boolean correctingTheDate = command.teacherId() != null && command.teacherId().equals(chairId) && !chairConfirmed;
        require(latestElectionOn == null || !command.meetingDate().isBefore(latestElectionOn) || correctingTheDate,
                Refusal.ELECTION_BEFORE_LATEST, command.meetingDate(), latestElectionOn);
        require(members.contains(command.teacherId()), Refusal.CHAIR_NOT_A_MEMBER, command.teacherId());
        if (command.protocol() != null) {
            // The election's protocol: recorded for this association, quorate, of the meeting that elected.
            MeetingResolutions.requireResolutionOfQuorateMeeting(command.protocol(), registry, associationId);
            require(command.meetingDate().equals(command.protocol().date()), Refusal.ELECTION_NOT_AT_THAT_MEETING,
                    command.protocol().number(), command.protocol().date(), command.meetingDate());
        }
        apply(new ChairElectedEvent(associationId, schoolId, command.teacherId(), command.meetingDate(),
                command.protocol()));
    }

    @CommandHandler
    void handle(ConfirmChairCommand command, SchoolCalendar calendar) {
        requireActiveOf(command.schoolId());
        require(chairId != null, Refusal.NO_ELECTED_CHAIR);
        require(chairId.equals(command.teacherId()), Refusal.CONFIRMED_NOT_ELECTED, command.teacherId(), chairId);
        require(!chairConfirmed, Refusal.CHAIR_ALREADY_CONFIRMED, chairId);
        Foundation.requireOrder(command.order(), calendar.today(schoolId), Refusal.CHAIR_ORDER_DATE_IN_FUTURE);
        require(!command.order().date().isBefore(chairElectedOn), Refusal.CHAIR_ORDER_BEFORE_ELECTION,
                command.order().date(), chairElectedOn);
        apply(new ChairConfirmedEvent(associationId, schoolId, chairId, command.order()));
    }

    @CommandHandler
    void handle(ReorganiseAssociationCommand command, SchoolRegistry registry, SchoolCalendar calendar) {
        requireActiveOf(command.schoolId());
        requireText(command.name(), "name");
        Foundation.requireKindAndSubjects(command.kind(), command.educationalAreas(), command.subjects());
        Foundation.requireOrderOnDeputyProposal(command.order(), command.proposal(), calendar.today(schoolId));
        List<String> memberIds = orEmpty(command.memberIds());
        new Membership(registry, schoolId, command.kind(), command.subjects()).requireValid(memberIds);
        List<String> joined = memberIds.stream().filter(id -> !members.contains(id)).toList();
        List<String> left = members.stream().filter(id -> !memberIds.contains(id)).toList();
        apply(new AssociationReorganisedEvent(associationId, schoolId, command.name().strip(), command.kind(),
                orEmpty(command.educationalAreas()), orEmpty(command.subjects()), joined, left,
                command.order(), command.proposal()));
        vacateChairIfHeldBy(left);
    }

    @CommandHandler
    void handle(DissolveAssociationCommand command, SchoolCalendar calendar) {
        requireActiveOf(command.schoolId());
        Foundation.requireOrderOnDeputyProposal(command.order(), command.proposal(), calendar.today(schoolId));
        apply(new AssociationDissolvedEvent(associationId, schoolId, command.order(), command.proposal()));
    }

    /** An association of another school is refused exactly as an unknown one, so ids cannot be probed. */
    private void requireActiveOf(String commandSchoolId) {
        require(schoolId.equals(commandSchoolId), Refusal.NOT_FOUND, associationId);
        require(!dissolved, Refusal.ASSOCIATION_DISSOLVED, associationId);
    }

    /** R1 (clause 1.1): removing a member below four is refused; reorganise or dissolve instead. */
    private void requireFourRemainAfterRemoval() {
        require(members.size() - 1 >= MINIMUM_MEMBERS, Refusal.REMOVAL_BELOW_MINIMUM, members.size(), MINIMUM_MEMBERS);
    }

    /** R5: a chair who leaves the association leaves the chair empty until a new election. */
    private void vacateChairIfHeldBy(List<String> leaving) {
        if (chairId != null && leaving.contains(chairId)) {
            apply(new ChairVacatedEvent(associationId, schoolId, chairId));
        }
    }

    private Membership membership(SchoolRegistry registry) {
        return new Membership(registry, schoolId, kind, subjects);
    }

    @EventSourcingHandler
    void on(AssociationCreatedEvent event) {
        associationId = event.associationId();
        schoolId = event.schoolId();
        kind = event.kind();
        subjects = new ArrayList<>(event.subjects());
        members.addAll(event.memberIds());
        openedOn = event.order() == null ? null : event.order().date();
    }

    @EventSourcingHandler
    void on(MemberAddedEvent event) {
        members.add(event.teacherId());
    }

    @EventSourcingHandler
    void on(MemberRemovedEvent event) {
        members.remove(event.teacherId());
    }

    @EventSourcingHandler
    void on(ChairElectedEvent event) {
        chairId = event.teacherId();
        chairElectedOn = event.meetingDate();
        latestElectionOn = event.meetingDate();
        chairConfirmed = false;
    }

    @EventSourcingHandler
    void on(ChairConfirmedEvent event) {
        chairConfirmed = true;
    }

    @EventSourcingHandler
    void on(ChairVacatedEvent event) {
        chairId = null;
        chairElectedOn = null;
        chairConfirmed = false;
    }

    @EventSourcingHandler
    void on(AssociationReorganisedEvent event) {
        kind = event.kind();
        subjects = new ArrayList<>(event.subjects());
        event.leftMemberIds().forEach(members::remove);
        members.addAll(event.joinedMemberIds());
    }

    @EventSourcingHandler
    void on(AssociationDissolvedEvent event) {
        dissolved = true;
    }
}
