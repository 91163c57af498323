package kg.mektep.birikme.api.meeting;

import org.axonframework.serialization.Revision;

/** A protocol as recorded; when not quorate its resolutions are recorded but not adopted. */
@Revision("1")
public record ProtocolRecordedEvent(String bookId, String schoolId, String associationId, int schoolYear, int number, ProtocolContent content, int members, boolean quorate, String contentHash) {
}
