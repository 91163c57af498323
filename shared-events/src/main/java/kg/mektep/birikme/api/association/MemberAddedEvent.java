package kg.mektep.birikme.api.association;

import org.axonframework.serialization.Revision;

@Revision("1")
public record MemberAddedEvent(String associationId, String schoolId, String teacherId) {
}
