package kg.mektep.birikme.api.archive;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R12 (clause 5.9): the director records the act by which documents whose ten years in the archive
 * are over are disposed of: its number and date, the commission that reviewed them, the documents.
 */
public record RecordDisposalActCommand(@TargetAggregateIdentifier String archiveId, String schoolId, String actId,
                                       String number, LocalDate date, List<String> commission,
                                       List<String> documentIds) implements SchoolScoped {
}
