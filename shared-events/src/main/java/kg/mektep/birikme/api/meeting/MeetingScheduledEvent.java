package kg.mektep.birikme.api.meeting;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MeetingScheduledEvent(String bookId, String schoolId, String associationId, int schoolYear, LocalDate date, List<String> agenda) {
}
