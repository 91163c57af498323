package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R19 (clause 3.14): a subject week, the school stage of an olympiad or a contest, over a period. */
public record RecordSubjectEventCommand(@TargetAggregateIdentifier String bookId, String schoolId, String associationId,
                                        String activityId, SubjectEventKind kind, String title, String subject,
                                        LocalDate from, LocalDate to) implements SchoolScoped {
}
