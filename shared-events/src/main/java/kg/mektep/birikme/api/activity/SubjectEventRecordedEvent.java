package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SubjectEventRecordedEvent(String bookId, String schoolId, String associationId, int schoolYear,
                                        String activityId, SubjectEventKind kind, String title, String subject,
                                        LocalDate from, LocalDate to, String recordedBy) {
}
