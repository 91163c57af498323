package kg.mektep.birikme.api.meeting;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The chair schedules a meeting of the association (clause 4.2). */
public record ScheduleMeetingCommand(@TargetAggregateIdentifier String bookId, String schoolId, String associationId, int schoolYear, LocalDate date, List<String> agenda) implements SchoolScoped {
}
