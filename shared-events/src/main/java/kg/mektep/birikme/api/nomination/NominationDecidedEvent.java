package kg.mektep.birikme.api.nomination;

import org.axonframework.serialization.Revision;

/** {@code decidedBy} is the user id of the director or deputy who decided. */
@Revision("1")
public record NominationDecidedEvent(String nominationId, String schoolId, String associationId,
                                     NominationOutcome outcome, String note, String decidedBy) {
}
