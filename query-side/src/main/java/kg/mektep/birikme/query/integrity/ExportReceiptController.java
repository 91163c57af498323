package kg.mektep.birikme.query.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kg.mektep.birikme.query.log.LogScope;
import kg.mektep.birikme.query.security.Reader;
import kg.mektep.birikme.query.web.NotFoundException;
import kg.mektep.birikme.query.web.Reads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed receipt of an export of the event log, for whoever may read the log of every school
 * the export covered: with it and the published key, anyone can check a file offline.
 */
@RestController
@Tag(name = "Event log integrity")
@OnJdbcEventStore
class ExportReceiptController {

    private final SignedExportReceipts receipts;

    ExportReceiptController(SignedExportReceipts receipts) {
        this.receipts = receipts;
    }

    @GetMapping("/api/log/exports/{exportId}/receipt")
    @Operation(summary = "The receipt of an export that went out whole (its X-Export-Id): the SHA-256 of its bytes "
            + "and its rows, signed with the key at /.well-known/birikme-log-key")
    ExportReceipt receipt(@PathVariable String exportId) {
        Reader reader = Reads.reader();
        // Who reads no log at all is refused as such, whatever the id.
        LogScope.schools(reader, List.of());
        ExportReceipt receipt = receipts.find(exportId).orElseThrow(() -> new NotFoundException(exportId));
        try {
            LogScope.schools(reader, receipt.schoolIds());
        } catch (NotFoundException outside) {
            // An export of a school outside the reader's scope answers as an unknown one, under its own id.
            throw new NotFoundException(exportId);
        }
        return receipt;
    }
}
