package kg.mektep.birikme.command.association;

import static kg.mektep.birikme.command.rules.Rules.orEmpty;
import static kg.mektep.birikme.command.rules.Rules.require;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.command.rules.Rules;

/** The rules on what an association rests on: its kind (R2), the order and proposal (R3), the councils (R4). */
final class Foundation {

    private Foundation() {
    }

    /** R2 (clauses 1.1, 1.3, 1.5): a subject-area association names its areas and subjects. */
    static void requireKindAndSubjects(AssociationKind kind, List<String> areas, List<String> subjects) {
        Rules.requirePresent(kind, "kind");
        if (kind.coversSubjects()) {
            require(hasText(areas) && hasText(subjects), Refusal.SUBJECTS_REQUIRED, kind);
        }
    }

    /** R3 (clauses 1.6, 6.1): a director's order, issued on a proposal of the ОТИ or ИУИ deputy. */
    static void requireOrderOnDeputyProposal(DocumentRef order, Proposal proposal, LocalDate today) {
        requireOrder(order, today);
        Rules.requireNumberWithinBounds(proposal == null ? null : proposal.number(), "proposal.number");
        require(proposal != null && proposal.date() != null && proposal.number() != null && !proposal.number().isBlank(),
                Refusal.PROPOSAL_REQUIRED);
        require(proposal.isByDeputy(), Refusal.PROPOSAL_NOT_BY_DEPUTY, proposal.by());
        require(!proposal.date().isAfter(order.date()), Refusal.PROPOSAL_AFTER_ORDER, proposal.date(), order.date());
    }

    /** An order issued (clause 1.6): recorded with its date, which is not after today in the school. */
    static void requireOrder(DocumentRef order, LocalDate today) {
        requireOrder(order, today, Refusal.ORDER_DATE_IN_FUTURE);
    }

    /** An order issued, refused with {@code inFuture} (its clause) if dated after today in the school. */
    static void requireOrder(DocumentRef order, LocalDate today, Refusal inFuture) {
        Rules.requireNumberWithinBounds(numberOf(order), "order.number");
        require(isComplete(order), Refusal.ORDER_REQUIRED);
        require(!order.date().isAfter(today), inFuture, order.date(), today);
    }

    /** R4 (clauses 1.2, 1.4): the pedagogical council decided and the methodological council approved, before the order. */
    static void requireCouncilDecisionsBeforeOrder(DocumentRef pedagogical, DocumentRef methodological, DocumentRef order) {
        Rules.requireNumberWithinBounds(numberOf(pedagogical), "pedagogicalCouncilDecision.number");
        Rules.requireNumberWithinBounds(numberOf(methodological), "methodologicalCouncilApproval.number");
        require(isComplete(pedagogical), Refusal.PEDAGOGICAL_COUNCIL_DECISION_REQUIRED);
        require(isComplete(methodological), Refusal.METHODOLOGICAL_COUNCIL_APPROVAL_REQUIRED);
        require(!pedagogical.date().isAfter(order.date()), Refusal.COUNCIL_DECISION_AFTER_ORDER, pedagogical.date(), order.date());
        require(!methodological.date().isAfter(order.date()), Refusal.COUNCIL_DECISION_AFTER_ORDER, methodological.date(), order.date());
    }

    private static String numberOf(DocumentRef ref) {
        return ref == null ? null : ref.number();
    }

    private static boolean isComplete(DocumentRef ref) {
        return ref != null && ref.number() != null && !ref.number().isBlank() && ref.date() != null;
    }

    private static boolean hasText(List<String> values) {
        return orEmpty(values).stream().anyMatch(v -> v != null && !v.isBlank());
    }
}
