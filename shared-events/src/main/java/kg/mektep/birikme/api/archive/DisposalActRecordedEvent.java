package kg.mektep.birikme.api.archive;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Documents past their ten years in the archive, disposed of by an act (clause 5.9). */
@Revision("1")
public record DisposalActRecordedEvent(String archiveId, String schoolId, String actId, String number, LocalDate date,
                                       List<String> commission, List<RetainedDocument> documents) {
}
