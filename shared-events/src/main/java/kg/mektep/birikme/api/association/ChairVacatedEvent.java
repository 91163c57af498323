package kg.mektep.birikme.api.association;

import org.axonframework.serialization.Revision;

/** R5: the chair left the association, so the chair stays empty until a new election. */
@Revision("1")
public record ChairVacatedEvent(String associationId, String schoolId, String teacherId) {
}
