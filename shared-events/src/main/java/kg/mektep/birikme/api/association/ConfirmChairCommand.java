package kg.mektep.birikme.api.association;

import kg.mektep.birikme.api.common.SchoolScoped;
import kg.mektep.birikme.api.common.DocumentRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R5 (clause 6.2): the director confirms the elected chair by order. */
public record ConfirmChairCommand(@TargetAggregateIdentifier String associationId,
                                  String schoolId,
                                  String teacherId,
                                  DocumentRef order) implements SchoolScoped {
}
