package kg.mektep.birikme.api.labour;

import java.util.List;
import kg.mektep.birikme.api.common.DocumentRef;
import org.axonframework.serialization.Revision;

/** {@code formedBy} is the chair (a teacher id) who recorded the meeting's resolution. */
@Revision("1")
public record LabourCommissionFormedEvent(String commissionId, String schoolId, String associationId,
                                          List<String> memberIds, String headId, DocumentRef protocol,
                                          String formedBy) {
}
