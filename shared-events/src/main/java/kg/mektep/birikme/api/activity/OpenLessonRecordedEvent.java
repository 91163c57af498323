package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** {@code seminarId} is null for an open lesson that is not part of a seminar. */
@Revision("1")
public record OpenLessonRecordedEvent(String bookId, String schoolId, String associationId, int schoolYear,
                                      String activityId, String teacherId, String className, String subject,
                                      String topic, LocalDate date, List<String> observerIds, String seminarId,
                                      String recordedBy) {
}
