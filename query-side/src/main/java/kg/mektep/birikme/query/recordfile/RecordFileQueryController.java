package kg.mektep.birikme.query.recordfile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import kg.mektep.birikme.api.recordfile.FindRecordFileQuery;
import kg.mektep.birikme.api.recordfile.FindRegisteredDocumentQuery;
import kg.mektep.birikme.api.recordfile.RecordFile;
import kg.mektep.birikme.api.recordfile.RegisteredDocument;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.web.NotFoundException;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}/associations/{associationId}")
@Tag(name = "Record file (reads)")
class RecordFileQueryController {

    private final Reads reads;
    private final DocumentFiles files;

    RecordFileQueryController(Reads reads, DocumentFiles files) {
        this.reads = reads;
        this.files = files;
    }

    @GetMapping("/record-file")
    @Operation(summary = "The eleven documents of the record file in a school year: present, late, missing or not yet "
            + "due, with the events that bear them out (R13, clause 6)")
    RecordFile recordFile(@PathVariable String schoolId, @PathVariable String associationId, @RequestParam int year,
                          @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        YearParameter.requireSensible(year);
        Optional<RecordFile> file = reads.inSchool(schoolId, after).query(
                new FindRecordFileQuery(schoolId, associationId, year), ResponseTypes.optionalInstanceOf(RecordFile.class));
        return file.orElseThrow(() -> new NotFoundException(associationId));
    }

    @GetMapping("/documents/{documentId}")
    @Operation(summary = "A registered document of the record file, with its file's name, type, size and SHA-256")
    RegisteredDocument document(@PathVariable String schoolId, @PathVariable String associationId,
                                @PathVariable String documentId,
                                @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Optional<RegisteredDocument> document = reads.inSchool(schoolId, after).query(
                new FindRegisteredDocumentQuery(schoolId, associationId, documentId),
                ResponseTypes.optionalInstanceOf(RegisteredDocument.class));
        return document.orElseThrow(() -> new NotFoundException(documentId));
    }

    @GetMapping("/documents/{documentId}/file")
    @Operation(summary = "The file of a registered document, as stored, with its content type; the ETag is its SHA-256")
    @ApiResponse(responseCode = "200", description = "The file, of the content type it was registered with",
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> file(@PathVariable String schoolId, @PathVariable String associationId,
                                @PathVariable String documentId,
                                @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        DocumentFiles.StoredFile file = reads.inSchool(schoolId, after).direct(() -> files.file(schoolId, associationId, documentId))
                .orElseThrow(() -> new NotFoundException(documentId + "/file"));
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(file.fileName() == null ? documentId : file.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .eTag("\"" + file.sha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256())) + ":")
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
