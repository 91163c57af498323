package kg.mektep.birikme.api.association;

import kg.mektep.birikme.api.common.DocumentRef;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ChairConfirmedEvent(String associationId, String schoolId, String teacherId, DocumentRef order) {
}
