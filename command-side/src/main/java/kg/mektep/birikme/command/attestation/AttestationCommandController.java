package kg.mektep.birikme.command.attestation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kg.mektep.birikme.api.attestation.ApproveAttestationMaterialCommand;
import kg.mektep.birikme.api.attestation.AttestationKind;
import kg.mektep.birikme.api.attestation.SubmitAttestationMaterialCommand;
import kg.mektep.birikme.api.common.DocumentRef;
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
@Tag(name = "Attestation material (commands)")
class AttestationCommandController {

    private final CommandDispatcher commands;

    AttestationCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record SubmitRequest(@NotNull @Min(2000) @Max(2100) Integer schoolYear, @NotNull AttestationKind kind,
                         @NotBlank @Size(max = 100) String subject, @NotBlank @Size(max = 20) String className,
                         @NotBlank @Size(max = 500) String title) {
    }

    record AttestationApprovalRequest(DocumentRef protocol) {
    }

    @PostMapping("/associations/{associationId}/attestation-materials")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A member submits attestation material: final check of a transfer class or oral exams (R14)")
    ResponseEntity<Accepted> submit(@PathVariable String schoolId, @PathVariable String associationId,
                                    @Valid @RequestBody SubmitRequest r, Actor actor) {
        String materialId = IdentifierFactory.getInstance().generateIdentifier();
        return commands.created(new SubmitAttestationMaterialCommand(materialId, schoolId, associationId,
                r.schoolYear(), r.kind(), r.subject(), r.className(), r.title()), materialId, schoolId, actor,
                "/api/schools/" + schoolId + "/associations/" + associationId + "/attestation-materials", r.schoolYear());
    }

    @PostMapping("/attestation-materials/{materialId}/approval")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Approval by a resolution of a quorate meeting of the association, citing its protocol (R14)")
    ResponseEntity<Accepted> approve(@PathVariable String schoolId, @PathVariable String materialId,
                                     @Valid @RequestBody AttestationApprovalRequest r, Actor actor) {
        return commands.accepted(
                new ApproveAttestationMaterialCommand(materialId, schoolId, r.protocol()), materialId, schoolId, actor);
    }
}
