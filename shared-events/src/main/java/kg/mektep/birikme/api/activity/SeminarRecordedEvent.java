package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SeminarRecordedEvent(String bookId, String schoolId, String associationId, int schoolYear,
                                   String activityId, String topic, LocalDate date, List<String> leaderIds,
                                   List<String> openLessonIds, List<String> extracurricularEventIds,
                                   String recordedBy) {
}
