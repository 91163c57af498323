package kg.mektep.birikme.command.attestation;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requirePresent;
import static kg.mektep.birikme.command.rules.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.attestation.ApproveAttestationMaterialCommand;
import kg.mektep.birikme.api.attestation.AttestationMaterialApprovedEvent;
import kg.mektep.birikme.api.attestation.AttestationMaterialSubmittedEvent;
import kg.mektep.birikme.api.attestation.SubmitAttestationMaterialCommand;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.command.association.AssociationRegistry;
import kg.mektep.birikme.command.association.AssociationRegistry.RecordedProtocol;
import kg.mektep.birikme.command.meeting.MeetingResolutions;
import kg.mektep.birikme.command.plan.PlanContentRules;
import kg.mektep.birikme.command.rules.Authority;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Attestation material (R14, clause 3.5): for the final check in transfer classes or the oral exams
 * of graduating classes; submitted by a member, approved by the association through a resolution
 * of a quorate meeting, which the chair records.
 */
@Aggregate(cache = CommandSideAxonConfig.AGGREGATE_CACHE)
public class AttestationMaterial {

    @AggregateIdentifier
    private String materialId;
    private String schoolId;
    private String associationId;
    private int schoolYear;
    private boolean approved;
    private Instant submittedAt;

    protected AttestationMaterial() {
    }

    @CommandHandler
    public AttestationMaterial(SubmitAttestationMaterialCommand command, AssociationRegistry registry,
                               @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        AssociationRegistry.AssociationFacts association =
                PlanContentRules.activeAssociation(registry, command.associationId(), command.schoolId());
        require(actorTeacherId != null && association.members().contains(actorTeacherId), Refusal.NOT_A_MEMBER,
                String.valueOf(actorTeacherId));
        requirePresent(command.kind(), "kind");
        requireText(command.subject(), "subject");
        requireText(command.className(), "className");
        requireText(command.title(), "title");
        apply(new AttestationMaterialSubmittedEvent(command.materialId(), command.schoolId(), command.associationId(),
                command.schoolYear(), command.kind(), command.subject().strip(), command.className().strip(),
                command.title().strip(), actorTeacherId));
    }

    @CommandHandler
    void handle(ApproveAttestationMaterialCommand command, AssociationRegistry registry,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId, @MetaDataValue(ACTOR_ID) String actorId) {
        require(schoolId.equals(command.schoolId()), Refusal.NOT_FOUND, materialId);
        Authority.requireChair(actorTeacherId, PlanContentRules.activeAssociation(registry, associationId, schoolId).chairId());
        require(!approved, Refusal.ALREADY_APPROVED, materialId);
        RecordedProtocol meeting = MeetingResolutions.requireResolutionOfQuorateMeeting(command.protocol(), registry,
                associationId);
        require(!meeting.recordedBefore(submittedAt), Refusal.PROTOCOL_BEFORE_MATERIAL, meeting.number(), meeting.date());
        apply(new AttestationMaterialApprovedEvent(materialId, schoolId, associationId, schoolYear, command.protocol(),
                actorId));
    }

    @EventSourcingHandler
    void on(AttestationMaterialSubmittedEvent event, @Timestamp Instant at) {
        materialId = event.materialId();
        schoolId = event.schoolId();
        associationId = event.associationId();
        schoolYear = event.schoolYear();
        submittedAt = at;
    }

    @EventSourcingHandler
    void on(AttestationMaterialApprovedEvent event) {
        approved = true;
    }
}
