package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** {@code seminarId} is null for an event that is not part of a seminar. */
@Revision("1")
public record ExtracurricularEventRecordedEvent(String bookId, String schoolId, String associationId, int schoolYear,
                                                String activityId, String title, LocalDate date,
                                                List<String> responsibleIds, List<String> classNames, String seminarId,
                                                String recordedBy) {
}
