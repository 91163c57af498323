package kg.mektep.birikme.api.mentoring;

import java.time.LocalDate;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The mentor records a session with the young teacher: its date and subject (subject to internal control, clause 9). */
public record RecordMentoringSessionCommand(@TargetAggregateIdentifier String mentorshipId, String schoolId,
                                            LocalDate date, String subject) implements SchoolScoped {
}
