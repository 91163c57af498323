package kg.mektep.birikme.api.labour;

import java.util.List;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R15 (clause 4.5): the association forms, by a resolution of one of its meetings, the commission
 * that sets each member's labour participation coefficient; the chair records it. A later
 * formation replaces the composition.
 */
public record FormLabourCommissionCommand(@TargetAggregateIdentifier String commissionId, String schoolId,
                                          String associationId, List<String> memberIds, String headId,
                                          DocumentRef protocol) implements SchoolScoped {
}
