package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R10 (clauses 5.5, 5.7): a seminar on a topic, led by members; it may name the thematic open
 * lessons and extracurricular events of the year already recorded as part of it.
 */
public record RecordSeminarCommand(@TargetAggregateIdentifier String bookId, String schoolId, String associationId,
                                   String activityId, String topic, LocalDate date, List<String> leaderIds,
                                   List<String> openLessonIds, List<String> extracurricularEventIds)
        implements SchoolScoped {
}
