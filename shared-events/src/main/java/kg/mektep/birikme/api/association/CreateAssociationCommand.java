package kg.mektep.birikme.api.association;

import kg.mektep.birikme.api.common.SchoolScoped;
import java.util.List;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates an association by the director's order (R3) resting on the councils' decisions (R4),
 * with its kind and subjects (R2) and at least four member teachers (R1).
 */
public record CreateAssociationCommand(@TargetAggregateIdentifier String associationId,
                                       String schoolId,
                                       String name,
                                       AssociationKind kind,
                                       List<String> educationalAreas,
                                       List<String> subjects,
                                       List<String> memberIds,
                                       DocumentRef order,
                                       Proposal proposal,
                                       DocumentRef pedagogicalCouncilDecision,
                                       DocumentRef methodologicalCouncilApproval) implements SchoolScoped {
}
