package kg.mektep.birikme.api.association;

import java.time.LocalDate;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R5 (clause 5.1): the association elects its chair from its members at a meeting; where the
 * meeting's protocol is recorded, the election cites it and the protocol must be quorate.
 */
public record ElectChairCommand(@TargetAggregateIdentifier String associationId,
                                String schoolId,
                                String teacherId,
                                LocalDate meetingDate,
                                DocumentRef protocol) implements SchoolScoped {

    public ElectChairCommand(String associationId, String schoolId, String teacherId, LocalDate meetingDate) {
        this(associationId, schoolId, teacherId, meetingDate, null);
    }
}
