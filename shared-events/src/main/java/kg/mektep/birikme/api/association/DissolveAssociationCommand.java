package kg.mektep.birikme.api.association;

import kg.mektep.birikme.api.common.SchoolScoped;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DissolveAssociationCommand(@TargetAggregateIdentifier String associationId,
                                         String schoolId,
                                         DocumentRef order,
                                         Proposal proposal) implements SchoolScoped {
}
