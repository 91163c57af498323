package kg.mektep.birikme.command.association;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.association.AddMemberCommand;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.association.ConfirmChairCommand;
import kg.mektep.birikme.api.association.CreateAssociationCommand;
import kg.mektep.birikme.api.association.DissolveAssociationCommand;
import kg.mektep.birikme.api.association.ElectChairCommand;
import kg.mektep.birikme.api.association.RemoveMemberCommand;
import kg.mektep.birikme.api.association.ReorganiseAssociationCommand;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import kg.mektep.birikme.command.web.Accepted;
import kg.mektep.birikme.command.web.Actor;
import kg.mektep.birikme.command.web.CommandDispatcher;
import org.axonframework.common.IdentifierFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Translates HTTP to association commands. Orders, proposals and council references are judged by
 * the aggregate against the regulation (a missing order is a breach of clause 1.6, not a typo).
 */
@RestController
@RequestMapping("/api/schools/{schoolId}/associations")
@Tag(name = "Associations (commands)")
class AssociationCommandController {

    private final CommandDispatcher commands;

    AssociationCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record CreateRequest(@NotBlank @Size(max = 300) String name,
                         @NotNull AssociationKind kind,
                         @Size(max = 20) List<@NotBlank @Size(max = 100) String> educationalAreas,
                         @Size(max = 30) List<@NotBlank @Size(max = 100) String> subjects,
                         @NotNull @Size(max = 200) List<@NotBlank @Size(max = 64) String> memberIds,
                         DocumentRef order,
                         Proposal proposal,
                         DocumentRef pedagogicalCouncilDecision,
                         DocumentRef methodologicalCouncilApproval) {
    }

    record MemberRequest(@NotBlank String teacherId) {
    }

    record ElectionRequest(@NotBlank String teacherId, @NotNull LocalDate meetingDate, @Valid DocumentRef protocol) {
    }

    record ConfirmationRequest(@NotBlank String teacherId, DocumentRef order) {
    }

    record ReorganisationRequest(@NotBlank @Size(max = 300) String name,
                                 @NotNull AssociationKind kind,
                                 @Size(max = 20) List<@NotBlank @Size(max = 100) String> educationalAreas,
                                 @Size(max = 30) List<@NotBlank @Size(max = 100) String> subjects,
                                 @NotNull @Size(max = 200) List<@NotBlank @Size(max = 64) String> memberIds,
                                 DocumentRef order,
                                 Proposal proposal) {
    }

    record DissolutionRequest(DocumentRef order, Proposal proposal) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an association by director's order (R1-R4)")
    ResponseEntity<Accepted> create(@PathVariable String schoolId, @Valid @RequestBody CreateRequest r, Actor actor) {
        String id = IdentifierFactory.getInstance().generateIdentifier();
        return commands.created(new CreateAssociationCommand(id, schoolId, r.name(), r.kind(),
                r.educationalAreas(), r.subjects(), r.memberIds(), r.order(), r.proposal(),
                r.pedagogicalCouncilDecision(), r.methodologicalCouncilApproval()), id, schoolId, actor,
                "/api/schools/" + schoolId + "/associations/" + id);
    }

    @PostMapping("/{associationId}/members")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Add a member teacher (R1)")
    ResponseEntity<Accepted> addMember(@PathVariable String schoolId, @PathVariable String associationId,
                                       @Valid @RequestBody MemberRequest r, Actor actor) {
        return commands.accepted(new AddMemberCommand(associationId, schoolId, r.teacherId()), associationId, schoolId, actor);
    }

    @DeleteMapping("/{associationId}/members/{teacherId}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Remove a member; refused below four members (R1); a leaving chair leaves the chair empty (R5)")
    ResponseEntity<Accepted> removeMember(@PathVariable String schoolId, @PathVariable String associationId,
                                          @PathVariable String teacherId,
                                          @RequestParam(required = false) @Size(max = 1000) String reason, Actor actor) {
        return commands.accepted(new RemoveMemberCommand(associationId, schoolId, teacherId, reason), associationId, schoolId, actor);
    }

    @PostMapping("/{associationId}/chair/election")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Record the election of the chair from the members (R5, clause 5.1)")
    ResponseEntity<Accepted> electChair(@PathVariable String schoolId, @PathVariable String associationId,
                                        @Valid @RequestBody ElectionRequest r, Actor actor) {
        return commands.accepted(new ElectChairCommand(associationId, schoolId, r.teacherId(), r.meetingDate(), r.protocol()),
                associationId, schoolId, actor);
    }

    @PostMapping("/{associationId}/chair/confirmation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Confirm the elected chair by director's order (R5, clause 6.2)")
    ResponseEntity<Accepted> confirmChair(@PathVariable String schoolId, @PathVariable String associationId,
                                          @Valid @RequestBody ConfirmationRequest r, Actor actor) {
        return commands.accepted(new ConfirmChairCommand(associationId, schoolId, r.teacherId(), r.order()),
                associationId, schoolId, actor);
    }

    @PostMapping("/{associationId}/reorganisation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Reorganise by director's order: name, kind, subjects and the full member list (R1-R3)")
    ResponseEntity<Accepted> reorganise(@PathVariable String schoolId, @PathVariable String associationId,
                                        @Valid @RequestBody ReorganisationRequest r, Actor actor) {
        return commands.accepted(new ReorganiseAssociationCommand(associationId, schoolId, r.name(), r.kind(),
                r.educationalAreas(), r.subjects(), r.memberIds(), r.order(), r.proposal()), associationId, schoolId, actor);
    }

    @PostMapping("/{associationId}/dissolution")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Dissolve by director's order on a deputy's proposal (R3, clause 1.6)")
    ResponseEntity<Accepted> dissolve(@PathVariable String schoolId, @PathVariable String associationId,
                                      @Valid @RequestBody DissolutionRequest r, Actor actor) {
        return commands.accepted(new DissolveAssociationCommand(associationId, schoolId, r.order(), r.proposal()),
                associationId, schoolId, actor);
    }

}
