package kg.mektep.birikme.api.attestation;

import kg.mektep.birikme.api.common.DocumentRef;

/** Status is SUBMITTED or APPROVED; an approved one names the protocol of the meeting that approved it. */
public record AttestationMaterialView(String materialId, AttestationKind kind, String subject, String className,
                                      String title, String authorTeacherId, String authorName, String status,
                                      DocumentRef protocol) {
}
