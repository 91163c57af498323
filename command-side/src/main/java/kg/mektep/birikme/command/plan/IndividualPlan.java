package kg.mektep.birikme.command.plan;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;
import static kg.mektep.birikme.command.rules.Rules.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.common.CanonicalJson;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.plan.ApproveIndividualPlanCommand;
import kg.mektep.birikme.api.plan.IndividualPlanApprovedEvent;
import kg.mektep.birikme.api.plan.IndividualPlanSubmittedEvent;
import kg.mektep.birikme.api.plan.ReviseIndividualPlanCommand;
import kg.mektep.birikme.api.plan.SubmitIndividualPlanCommand;
import kg.mektep.birikme.command.association.AssociationRegistry;
import kg.mektep.birikme.command.association.AssociationRegistry.RecordedProtocol;
import kg.mektep.birikme.command.meeting.MeetingResolutions;
import kg.mektep.birikme.command.rules.Authority;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A member's individual work plan with its self-education plan (R8, clauses 3.4, 5.3): submitted
 * by the member, approved by the association through a resolution of one of its meetings.
 */
@Aggregate(cache = CommandSideAxonConfig.AGGREGATE_CACHE)
public class IndividualPlan {

    @AggregateIdentifier
    private String planId;
    private String schoolId;
    private String associationId;
    private String teacherId;
    private int schoolYear;
    private int version;
    private String contentHash;
    private boolean approved;
    private Instant versionSubmittedAt;

    protected IndividualPlan() {
    }

    @CommandHandler
    public IndividualPlan(SubmitIndividualPlanCommand command, AssociationRegistry registry,
                          @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        AssociationRegistry.AssociationFacts association =
                PlanContentRules.activeAssociation(registry, command.associationId(), command.schoolId());
        requireOwn(actorTeacherId, command.teacherId());
        require(association.members().contains(command.teacherId()), Refusal.NOT_A_MEMBER, command.teacherId());
        require(!registry.individualPlanExists(command.associationId(), command.teacherId(), command.schoolYear()),
                Refusal.INDIVIDUAL_PLAN_EXISTS, new SchoolYear(command.schoolYear()));
        PlanContentRules.requireValid(command.content());
        apply(new IndividualPlanSubmittedEvent(command.planId(), command.schoolId(), command.associationId(),
                command.teacherId(), command.schoolYear(), 1, command.content(), CanonicalJson.sha256(command.content())));
    }

    @CommandHandler
    void handle(ReviseIndividualPlanCommand command, AssociationRegistry registry,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        require(schoolId.equals(command.schoolId()), Refusal.NOT_FOUND, planId);
        requireOwn(actorTeacherId, teacherId);
        requireMember(PlanContentRules.activeAssociation(registry, associationId, schoolId));
        PlanContentRules.requireValid(command.content());
        apply(new IndividualPlanSubmittedEvent(planId, schoolId, associationId, teacherId, schoolYear, version + 1,
                command.content(), CanonicalJson.sha256(command.content())));
    }

    /** R8 (clause 3.4): recorded by the chair, who keeps the protocols (clause 5.6). */
    @CommandHandler
    void handle(ApproveIndividualPlanCommand command, AssociationRegistry registry, @MetaDataValue(ACTOR_ID) String actorId,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        require(schoolId.equals(command.schoolId()), Refusal.NOT_FOUND, planId);
        // The meeting approved the plan of a member; one who has left since keeps the approval it gave.
        Authority.requireChair(actorTeacherId, PlanContentRules.activeAssociation(registry, associationId, schoolId).chairId());
        require(!approved || command.version() != version, Refusal.PLAN_ALREADY_APPROVED, version);
        require(command.version() == version, Refusal.VERSION_NOT_CURRENT, command.version(), version);
        RecordedProtocol meeting = MeetingResolutions.requireResolutionOfQuorateMeeting(command.protocol(), registry,
                associationId);
        // By a resolution of that meeting naming this plan, recorded once this version was before it.
        require(!meeting.plansNamed() || registry.protocolApprovesIndividualPlan(associationId,
                SchoolYear.containing(meeting.date()).startYear(), meeting.number(), planId),
                Refusal.RESOLUTION_NOT_FOR_PLAN, meeting.number(), meeting.date(), planId);
        require(!meeting.recordedBefore(versionSubmittedAt), Refusal.PROTOCOL_BEFORE_VERSION, meeting.number(),
                meeting.date(), version);
        // The aggregate has just found the actor to be the association's chair: that is the capacity recorded.
        apply(new IndividualPlanApprovedEvent(planId, schoolId, associationId, teacherId, version, contentHash,
                command.protocol(), actorId, Role.CHAIR.name()));
    }

    /** Clause 3.4: a plan before the association is a member's; one who has left it revises it there no more. */
    private void requireMember(AssociationRegistry.AssociationFacts association) {
        require(association.members().contains(teacherId), Refusal.NOT_A_MEMBER, teacherId);
    }

    /** Clause 3.4: a teacher submits and revises only their own plan. */
    private static void requireOwn(String actorTeacherId, String teacherId) {
        require(teacherId != null && teacherId.equals(actorTeacherId), Refusal.NOT_OWN_PLAN);
    }

    @EventSourcingHandler
    void on(IndividualPlanSubmittedEvent event, @Timestamp Instant submittedAt) {
        if (event.version() == 1) {
            planId = event.planId();
            schoolId = event.schoolId();
            associationId = event.associationId();
            teacherId = event.teacherId();
            schoolYear = event.schoolYear();
        }
        version = event.version();
        contentHash = event.contentHash();
        versionSubmittedAt = submittedAt;
        approved = false;
    }

    @EventSourcingHandler
    void on(IndividualPlanApprovedEvent event) {
        approved = true;
    }
}
