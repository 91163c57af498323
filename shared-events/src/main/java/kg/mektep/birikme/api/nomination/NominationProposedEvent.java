package kg.mektep.birikme.api.nomination;

import kg.mektep.birikme.api.common.DocumentRef;
import org.axonframework.serialization.Revision;

/** {@code nomineeId} is null for a proposal on the school's teaching; {@code proposedBy} is the chair's user id. */
@Revision("1")
public record NominationProposedEvent(String nominationId, String schoolId, String associationId, NominationKind kind,
                                      String nomineeId, String text, DocumentRef protocol, String proposedBy) {
}
