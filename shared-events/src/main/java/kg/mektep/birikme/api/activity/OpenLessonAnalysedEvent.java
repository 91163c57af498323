package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** {@code analystTeacherId} is the staff member who recorded it, null when a deputy without a teacher record did. */
@Revision("1")
public record OpenLessonAnalysedEvent(String bookId, String schoolId, String associationId, int schoolYear,
                                      String activityId, LocalDate date, String analysis, String analystTeacherId,
                                      String recordedBy) {
}
