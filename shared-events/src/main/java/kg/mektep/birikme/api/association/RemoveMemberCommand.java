package kg.mektep.birikme.api.association;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveMemberCommand(@TargetAggregateIdentifier String associationId,
                                  String schoolId,
                                  String teacherId,
                                  String reason) implements SchoolScoped {
}
