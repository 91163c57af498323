package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R19 (clause 3.7): one member visited another's lesson on a topic; both analysed it together. */
public record RecordLessonVisitCommand(@TargetAggregateIdentifier String bookId, String schoolId, String associationId,
                                       String activityId, String visitingTeacherId, String visitedTeacherId,
                                       String className, String topic, LocalDate date, String analysis)
        implements SchoolScoped {
}
