package kg.mektep.birikme.api.meeting;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ResolutionCompletedEvent(String bookId, String schoolId, String associationId, int schoolYear, int number, int resolution) {
}
