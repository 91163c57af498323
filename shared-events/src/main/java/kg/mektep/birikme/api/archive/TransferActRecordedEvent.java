package kg.mektep.birikme.api.archive;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Documents handed over to the archive by an act; each is read-only from then on (clause 5.9). */
@Revision("1")
public record TransferActRecordedEvent(String archiveId, String schoolId, String actId, String number, LocalDate date,
                                       String handedOverBy, String receivedBy, List<RetainedDocument> documents) {
}
