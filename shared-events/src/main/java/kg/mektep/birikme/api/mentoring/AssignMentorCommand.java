package kg.mektep.birikme.api.mentoring;

import java.time.LocalDate;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R17 (clauses 3.17, 8.6): the association gives a young teacher a mentor (насаатчы) from its members. */
public record AssignMentorCommand(@TargetAggregateIdentifier String mentorshipId, String schoolId, String associationId,
                                  String menteeId, String mentorId, LocalDate since) implements SchoolScoped {
}
