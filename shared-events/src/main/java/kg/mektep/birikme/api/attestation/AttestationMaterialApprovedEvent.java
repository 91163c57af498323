package kg.mektep.birikme.api.attestation;

import kg.mektep.birikme.api.common.DocumentRef;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AttestationMaterialApprovedEvent(String materialId, String schoolId, String associationId, int schoolYear,
                                               DocumentRef protocol, String approverId) {
}
