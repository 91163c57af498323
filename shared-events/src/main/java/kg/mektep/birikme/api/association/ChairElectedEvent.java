package kg.mektep.birikme.api.association;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ChairElectedEvent(String associationId, String schoolId, String teacherId, LocalDate meetingDate) {
}
