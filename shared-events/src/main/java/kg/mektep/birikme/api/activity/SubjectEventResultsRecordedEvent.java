package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SubjectEventResultsRecordedEvent(String bookId, String schoolId, String associationId, int schoolYear,
                                               String activityId, LocalDate date, int participants,
                                               List<Winner> winners, String recordedBy) {
}
