package kg.mektep.birikme.command.nomination;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ROLE;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requirePresent;
import static kg.mektep.birikme.command.rules.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Set;
import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.nomination.DecideNominationCommand;
import kg.mektep.birikme.api.nomination.ForwardNominationCommand;
import kg.mektep.birikme.api.nomination.NominationDecidedEvent;
import kg.mektep.birikme.api.nomination.NominationForwardedEvent;
import kg.mektep.birikme.api.nomination.NominationProposedEvent;
import kg.mektep.birikme.api.nomination.NominationStatus;
import kg.mektep.birikme.api.nomination.ProposeNominationCommand;
import kg.mektep.birikme.command.association.AssociationRegistry;
import kg.mektep.birikme.command.association.AssociationRegistry.AssociationFacts;
import kg.mektep.birikme.command.meeting.MeetingResolutions;
import kg.mektep.birikme.command.plan.PlanContentRules;
import kg.mektep.birikme.command.rules.Authority;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A nomination or proposal of the association (R16, clauses 7.1–7.8). These are the association's
 * rights (section 7), exercised by resolutions of its meetings (clause 5.6): the chair records one
 * citing a quorate meeting. It is then forwarded to the school's administration, by the chair or by
 * a deputy director to whom the association reports (clause 1.7), and decided there by the
 * director or a deputy: PROPOSED, FORWARDED, DECIDED, in that order only.
 */
@Aggregate(cache = CommandSideAxonConfig.AGGREGATE_CACHE)
public class Nomination {

    @AggregateIdentifier
    private String nominationId;
    private String schoolId;
    private String associationId;
    private NominationStatus status;

    protected Nomination() {
    }

    @CommandHandler
    public Nomination(ProposeNominationCommand command, AssociationRegistry registry,
                      @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId, @MetaDataValue(ACTOR_ID) String actorId) {
        AssociationFacts association =
                PlanContentRules.activeAssociation(registry, command.associationId(), command.schoolId());
        Authority.requireChair(actorTeacherId, association.chairId());
        requirePresent(command.kind(), "kind");
        String nominee = requireNomineeFitsKind(command, association.members());
        requireText(command.text(), "text");
        MeetingResolutions.requireResolutionOfQuorateMeeting(command.protocol(), registry, association.associationId());
        apply(new NominationProposedEvent(command.nominationId(), association.schoolId(), association.associationId(),
                command.kind(), nominee, command.text().strip(), command.protocol(), actorId));
    }

    @CommandHandler
    void handle(ForwardNominationCommand command, AssociationRegistry registry,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId, @MetaDataValue(ACTOR_ROLE) String actorRole,
                @MetaDataValue(ACTOR_ID) String actorId) {
        require(schoolId.equals(command.schoolId()), Refusal.NOT_FOUND, nominationId);
        AssociationFacts association = PlanContentRules.activeAssociation(registry, associationId, schoolId);
        if (!isDeputyDirector(actorRole)) {
            Authority.requireChair(actorTeacherId, association.chairId());
        }
        require(status == NominationStatus.PROPOSED, Refusal.NOMINATION_ALREADY_FORWARDED, nominationId);
        apply(new NominationForwardedEvent(nominationId, schoolId, associationId, actorId));
    }

    /**
     * The administration decides what was forwarded to it. The decision is not a command to the
     * association, so a forwarded proposal is decided even if the association has been dissolved since.
     */
    @CommandHandler
    void handle(DecideNominationCommand command, @MetaDataValue(ACTOR_ID) String actorId) {
        require(schoolId.equals(command.schoolId()), Refusal.NOT_FOUND, nominationId);
        require(status != NominationStatus.DECIDED, Refusal.NOMINATION_ALREADY_DECIDED, nominationId);
        require(status == NominationStatus.FORWARDED, Refusal.NOMINATION_NOT_FORWARDED, nominationId);
        requirePresent(command.outcome(), "outcome");
        requireText(command.note(), "note");
        apply(new NominationDecidedEvent(nominationId, schoolId, associationId, command.outcome(),
                command.note().strip(), actorId));
    }

    /** A nomination puts forward one of the association's members; a proposal on the teaching (7.2) names nobody. */
    private static String requireNomineeFitsKind(ProposeNominationCommand command, Set<String> members) {
        String nominee = command.nomineeId() == null || command.nomineeId().isBlank() ? null : command.nomineeId().strip();
        if (!command.kind().namesTeacher()) {
            require(nominee == null, Refusal.TEACHING_PROPOSAL_NAMES_NO_TEACHER, nominee);
            return null;
        }
        requireText(nominee, "nomineeId");
        require(members.contains(nominee), Refusal.NOT_A_MEMBER, nominee);
        return nominee;
    }

    private static boolean isDeputyDirector(String actorRole) {
        return Authority.hasRole(actorRole, Role.DEPUTY_TEACHING) || Authority.hasRole(actorRole, Role.DEPUTY_METHODOLOGY);
    }

    @EventSourcingHandler
    void on(NominationProposedEvent event) {
        nominationId = event.nominationId();
        schoolId = event.schoolId();
        associationId = event.associationId();
        status = NominationStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(NominationForwardedEvent event) {
        status = NominationStatus.FORWARDED;
    }

    @EventSourcingHandler
    void on(NominationDecidedEvent event) {
        status = NominationStatus.DECIDED;
    }
}
