package kg.mektep.birikme.api.attestation;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AttestationMaterialSubmittedEvent(String materialId, String schoolId, String associationId, int schoolYear,
                                                AttestationKind kind, String subject, String className, String title,
                                                String authorTeacherId) {
}
