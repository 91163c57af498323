package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Clause 3.9: the analysis of an open lesson, held on or after the day of the lesson. */
public record RecordLessonAnalysisCommand(@TargetAggregateIdentifier String bookId, String schoolId, String activityId,
                                          LocalDate date, String analysis) implements SchoolScoped {
}
