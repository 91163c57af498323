package kg.mektep.birikme.command.archive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.archive.LiftDocumentHoldCommand;
import kg.mektep.birikme.api.archive.PlaceDocumentHoldCommand;
import kg.mektep.birikme.api.archive.RecordDisposalActCommand;
import kg.mektep.birikme.api.archive.RecordTransferActCommand;
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

/** The school's archive (R12, clause 5.9): acts of transfer and disposal, holds on documents. */
@RestController
@RequestMapping("/api/schools/{schoolId}/archive")
@Tag(name = "Archive (commands)")
class ArchiveCommandController {

    private final CommandDispatcher commands;

    ArchiveCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record TransferActRequest(@NotBlank @Size(max = 100) String number, @NotNull LocalDate date,
                              @NotBlank @Size(max = 300) String handedOverBy, @NotBlank @Size(max = 300) String receivedBy,
                              @NotEmpty @Size(max = 1000) List<@NotBlank @Size(max = 200) String> documentIds) {
    }

    record DisposalActRequest(@NotBlank @Size(max = 100) String number, @NotNull LocalDate date,
                              @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 300) String> commission,
                              @NotEmpty @Size(max = 1000) List<@NotBlank @Size(max = 200) String> documentIds) {
    }

    record HoldRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/transfer-acts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The director records an act handing documents over to the archive after three years at school (R12, clause 5.9)")
    ResponseEntity<Accepted> transfer(@PathVariable String schoolId, @Valid @RequestBody TransferActRequest r, Actor actor) {
        String actId = IdentifierFactory.getInstance().generateIdentifier();
        String archiveId = ArchiveDocuments.archiveOf(schoolId);
        Accepted accepted = commands.send(new RecordTransferActCommand(archiveId, schoolId, actId, r.number(), r.date(),
                r.handedOverBy(), r.receivedBy(), r.documentIds()), archiveId, schoolId, actor);
        return created(schoolId, actId, accepted);
    }

    @PostMapping("/disposal-acts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The director records an act disposing of documents after ten years in the archive, none under a hold (R12, clause 5.9)")
    ResponseEntity<Accepted> dispose(@PathVariable String schoolId, @Valid @RequestBody DisposalActRequest r, Actor actor) {
        String actId = IdentifierFactory.getInstance().generateIdentifier();
        String archiveId = ArchiveDocuments.archiveOf(schoolId);
        Accepted accepted = commands.send(new RecordDisposalActCommand(archiveId, schoolId, actId, r.number(), r.date(),
                r.commission(), r.documentIds()), archiveId, schoolId, actor);
        return created(schoolId, actId, accepted);
    }

    @PostMapping("/documents/{documentId}/hold")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The director or a deputy places a hold on a document: no disposal while it stands")
    ResponseEntity<Accepted> hold(@PathVariable String schoolId, @PathVariable String documentId,
                                  @Valid @RequestBody HoldRequest r, Actor actor) {
        String archiveId = ArchiveDocuments.archiveOf(schoolId);
        return commands.accepted(new PlaceDocumentHoldCommand(archiveId, schoolId, documentId, r.reason()), archiveId,
                schoolId, actor);
    }

    @PostMapping("/documents/{documentId}/hold/lifting")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The director or a deputy lifts the hold on a document, saying why")
    ResponseEntity<Accepted> lift(@PathVariable String schoolId, @PathVariable String documentId,
                                  @Valid @RequestBody HoldRequest r, Actor actor) {
        String archiveId = ArchiveDocuments.archiveOf(schoolId);
        return commands.accepted(new LiftDocumentHoldCommand(archiveId, schoolId, documentId, r.reason()), archiveId,
                schoolId, actor);
    }

    /** An act answers its own id, and where its event landed. */
    private static ResponseEntity<Accepted> created(String schoolId, String actId, Accepted accepted) {
        return ResponseEntity.created(CommandDispatcher.location("/api/schools/" + schoolId + "/archive"))
                .body(new Accepted(actId, accepted.position()));
    }
}
