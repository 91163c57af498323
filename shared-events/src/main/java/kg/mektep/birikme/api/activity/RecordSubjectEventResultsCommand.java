package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Clause 3.14: the results of a subject week, olympiad or contest, summed up once it has ended. */
public record RecordSubjectEventResultsCommand(@TargetAggregateIdentifier String bookId, String schoolId,
                                               String activityId, LocalDate date, int participants,
                                               List<Winner> winners) implements SchoolScoped {
}
