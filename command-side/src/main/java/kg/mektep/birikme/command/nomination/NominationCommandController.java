package kg.mektep.birikme.command.nomination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.nomination.DecideNominationCommand;
import kg.mektep.birikme.api.nomination.ForwardNominationCommand;
import kg.mektep.birikme.api.nomination.NominationKind;
import kg.mektep.birikme.api.nomination.NominationOutcome;
import kg.mektep.birikme.api.nomination.ProposeNominationCommand;
import kg.mektep.birikme.command.web.Accepted;
import kg.mektep.birikme.command.web.Actor;
import kg.mektep.birikme.command.web.CommandDispatcher;
import org.axonframework.common.IdentifierFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}")
@Tag(name = "Nominations and proposals (commands)")
class NominationCommandController {

    private final CommandDispatcher commands;

    NominationCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record NominationRequest(@NotNull NominationKind kind, @Size(max = 64) String nomineeId,
                             @NotBlank @Size(max = 5000) String text, DocumentRef protocol) {
    }

    record DecisionRequest(@NotNull NominationOutcome outcome, @NotBlank @Size(max = 5000) String note) {
    }

    @PostMapping("/associations/{associationId}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The chair records a nomination or proposal a quorate meeting resolved (R16, clauses 7.1-7.8)")
    ResponseEntity<Accepted> propose(@PathVariable String schoolId, @PathVariable String associationId,
                                     @Valid @RequestBody NominationRequest r, Actor actor) {
        String nominationId = IdentifierFactory.getInstance().generateIdentifier();
        return commands.created(new ProposeNominationCommand(nominationId, schoolId, associationId, r.kind(),
                r.nomineeId(), r.text(), r.protocol()), nominationId, schoolId, actor,
                "/api/schools/" + schoolId + "/associations/" + associationId + "/nominations");
    }

    @PostMapping("/nominations/{nominationId}/forwarding")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The chair or a deputy director forwards a proposal to the school's administration (R16)")
    ResponseEntity<Accepted> forward(@PathVariable String schoolId, @PathVariable String nominationId, Actor actor) {
        return commands.accepted(new ForwardNominationCommand(nominationId, schoolId), nominationId, schoolId, actor);
    }

    @PostMapping("/nominations/{nominationId}/decision")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The director or a deputy decides a forwarded proposal: granted or declined, with a note (R16)")
    ResponseEntity<Accepted> decide(@PathVariable String schoolId, @PathVariable String nominationId,
                                    @Valid @RequestBody DecisionRequest r, Actor actor) {
        return commands.accepted(new DecideNominationCommand(nominationId, schoolId, r.outcome(), r.note()),
                nominationId, schoolId, actor);
    }
}
