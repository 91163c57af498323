package kg.mektep.birikme.api.nomination;

import org.axonframework.serialization.Revision;

/** {@code forwardedBy} is the user id of the chair or deputy who forwarded it. */
@Revision("1")
public record NominationForwardedEvent(String nominationId, String schoolId, String associationId, String forwardedBy) {
}
