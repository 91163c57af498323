package kg.mektep.birikme.api.activity;

import java.time.LocalDate;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R19 (clause 3.18): the association heard a member's report on self-education, courses or a
 * creative trip; {@code protocolNumber}, when given, is the year's protocol of the meeting that heard it.
 */
public record HearReportCommand(@TargetAggregateIdentifier String bookId, String schoolId, String associationId,
                                String activityId, String teacherId, ReportKind kind, String title, LocalDate date,
                                Integer protocolNumber) implements SchoolScoped {
}
