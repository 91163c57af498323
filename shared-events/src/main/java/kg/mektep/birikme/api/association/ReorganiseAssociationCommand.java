package kg.mektep.birikme.api.association;

import kg.mektep.birikme.api.common.SchoolScoped;
import java.util.List;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R3 (clause 1.6): reorganises an association by order: its name, kind and subjects, and the
 * complete member list it has afterwards (which must again satisfy R1).
 */
public record ReorganiseAssociationCommand(@TargetAggregateIdentifier String associationId,
                                           String schoolId,
                                           String name,
                                           AssociationKind kind,
                                           List<String> educationalAreas,
                                           List<String> subjects,
                                           List<String> memberIds,
                                           DocumentRef order,
                                           Proposal proposal) implements SchoolScoped {
}
