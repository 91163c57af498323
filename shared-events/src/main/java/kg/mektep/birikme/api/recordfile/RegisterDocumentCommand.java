package kg.mektep.birikme.api.recordfile;

import java.time.LocalDate;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R13 (clause 6): a document of the record file kept outside the system (the regulation, the
 * teachers' job duties) is registered with its title, date and reference, and optionally its file.
 */
public record RegisterDocumentCommand(@TargetAggregateIdentifier String documentId, String schoolId,
                                      String associationId, RecordFileKind kind, String title, LocalDate date,
                                      String reference, FileUpload file) implements SchoolScoped {
}
