package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** {@code protocolNumber} is null for a report not heard at a recorded meeting. */
@Revision("1")
public record ReportHeardEvent(String bookId, String schoolId, String associationId, int schoolYear,
                               String activityId, String teacherId, ReportKind kind, String title, LocalDate date,
                               Integer protocolNumber, String recordedBy) {
}
