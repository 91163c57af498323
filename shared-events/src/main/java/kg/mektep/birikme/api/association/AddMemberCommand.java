package kg.mektep.birikme.api.association;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddMemberCommand(@TargetAggregateIdentifier String associationId, String schoolId, String teacherId) implements SchoolScoped {
}
