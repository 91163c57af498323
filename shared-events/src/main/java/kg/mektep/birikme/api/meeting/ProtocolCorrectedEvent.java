package kg.mektep.birikme.api.meeting;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ProtocolCorrectedEvent(String bookId, String schoolId, String associationId, int schoolYear, int number, String field, String correction, String reason) {
}
