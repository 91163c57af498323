package kg.mektep.birikme.api.association;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddMemberCommand(@TargetAggregateIdentifier String associationId, String schoolId, String teacherId) {
}
