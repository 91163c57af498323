package kg.mektep.birikme.api.association;

import kg.mektep.birikme.api.common.SchoolScoped;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R5 (clause 5.1): the association elects its chair from its members at a meeting. */
public record ElectChairCommand(@TargetAggregateIdentifier String associationId,
                                String schoolId,
                                String teacherId,
                                LocalDate meetingDate) implements SchoolScoped {
}
