package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R19 (clause 3.9): a member's open lesson on a topic, with the staff who observe it; a thematic
 * open lesson of a seminar names the seminar.
 */
public record RecordOpenLessonCommand(@TargetAggregateIdentifier String bookId, String schoolId, String associationId,
                                      String activityId, String teacherId, String className, String subject,
                                      String topic, LocalDate date, List<String> observerIds, String seminarId)
        implements SchoolScoped {
}
