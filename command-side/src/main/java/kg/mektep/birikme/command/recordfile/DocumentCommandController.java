package kg.mektep.birikme.command.recordfile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import kg.mektep.birikme.api.common.StorableText;
import kg.mektep.birikme.api.recordfile.FileUpload;
import kg.mektep.birikme.api.recordfile.RecordFileKind;
import kg.mektep.birikme.api.recordfile.RegisterDocumentCommand;
import kg.mektep.birikme.command.web.Accepted;
import kg.mektep.birikme.command.web.Actor;
import kg.mektep.birikme.command.web.CommandDispatcher;
import kg.mektep.birikme.command.web.InvalidFieldException;
import org.axonframework.common.IdentifierFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}/documents")
@Tag(name = "Record file (commands)")
class DocumentCommandController {

    private static final String FILE = "file";
    private static final Set<String> PARTS = Set.of("document", FILE);

    private final CommandDispatcher commands;

    DocumentCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    record DocumentRequest(@NotNull RecordFileKind kind, @NotBlank @Size(max = 500) String title, @NotNull LocalDate date,
                           @NotBlank @Size(max = 500) String reference) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a document of the record file kept outside the system, without its file (R13, clause 6)")
    ResponseEntity<Accepted> register(@PathVariable String schoolId, @PathVariable String associationId,
                                      @Valid @RequestBody DocumentRequest r, Actor actor) {
        return send(schoolId, associationId, r, null, actor);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a document of the record file with its file: part 'document' (JSON) and part 'file' "
            + "(PDF, PNG, JPEG, DOCX or ODT, of the type its Content-Type declares) (R13, clause 6)")
    ResponseEntity<Accepted> upload(@PathVariable String schoolId, @PathVariable String associationId,
                                    @Valid @RequestPart("document") DocumentRequest r,
                                    @RequestPart(name = "file", required = false) MultipartFile file, Actor actor,
                                    HttpServletRequest request) throws IOException, ServletException {
        knownPartsOnce(request);
        if (file != null && file.getOriginalFilename() != null && file.getOriginalFilename().indexOf('\uFFFD') >= 0) {
            // The name came in bytes that are not UTF-8 and were read as U+FFFD: stored so, the name would be lost.
            throw new StorableText.RefusedTextException(FILE);
        }
        FileUpload upload = file == null ? null
                : new FileUpload(StorableText.nfc(file.getOriginalFilename()), file.getContentType(), file.getBytes());
        return send(schoolId, associationId, r, upload, actor);
    }

    /**
     * A part given twice (two documents, two files) is ambiguous, like a key given twice in JSON; a part
     * of another name is refused like a field the request does not have, and a file part without a
     * file name (which would be read as a field, the document stored without its file) as no file.
     */
    private static void knownPartsOnce(HttpServletRequest request) throws IOException, ServletException {
        Set<String> names = new HashSet<>();
        for (Part part : request.getParts()) {
            if (!names.add(part.getName())) {
                throw new MultipartException("The part '" + part.getName() + "' is given twice");
            }
            if (!PARTS.contains(part.getName())) {
                throw new InvalidFieldException(part.getName(), "validation.UnknownField");
            }
            // Read as Spring reads it to tell a file from a field (filename or filename*).
            String disposition = part.getHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION);
            if (part.getName().equals(FILE)
                    && (disposition == null || ContentDisposition.parse(disposition).getFilename() == null)) {
                throw new InvalidFieldException(FILE, "validation.FileWithoutName");
            }
        }
    }

    private ResponseEntity<Accepted> send(String schoolId, String associationId, DocumentRequest r, FileUpload file,
                                          Actor actor) {
        String documentId = IdentifierFactory.getInstance().generateIdentifier();
        return commands.created(new RegisterDocumentCommand(documentId, schoolId, associationId, r.kind(), r.title(),
                        r.date(), r.reference(), file), documentId, schoolId, actor,
                "/api/schools/" + schoolId + "/associations/" + associationId + "/documents/" + documentId);
    }
}
