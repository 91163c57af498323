package kg.mektep.birikme.api.nomination;

import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R16 (clauses 7.1–7.8): the association puts a member forward, or makes a proposal on the school's
 * teaching ({@code nomineeId} null), by a resolution of a quorate meeting that the chair records.
 * {@code text} says what is proposed and why.
 */
public record ProposeNominationCommand(@TargetAggregateIdentifier String nominationId, String schoolId,
                                       String associationId, NominationKind kind, String nomineeId, String text,
                                       DocumentRef protocol) implements SchoolScoped {
}
