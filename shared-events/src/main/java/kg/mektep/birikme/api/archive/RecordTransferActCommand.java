package kg.mektep.birikme.api.archive;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R12 (clause 5.9): the director records the act that hands documents over to the archive: its
 * number and date, who handed them over, who received them, and the documents.
 */
public record RecordTransferActCommand(@TargetAggregateIdentifier String archiveId, String schoolId, String actId,
                                       String number, LocalDate date, String handedOverBy, String receivedBy,
                                       List<String> documentIds) implements SchoolScoped {
}
