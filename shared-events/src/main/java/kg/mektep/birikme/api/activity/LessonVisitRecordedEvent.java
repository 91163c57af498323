package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LessonVisitRecordedEvent(String bookId, String schoolId, String associationId, int schoolYear,
                                       String activityId, String visitingTeacherId, String visitedTeacherId,
                                       String className, String topic, LocalDate date, String analysis,
                                       String recordedBy) {
}
