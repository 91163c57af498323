package kg.mektep.birikme.api.attestation;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A member submits attestation material to the association for approval (R14). */
public record SubmitAttestationMaterialCommand(@TargetAggregateIdentifier String materialId, String schoolId,
                                               String associationId, int schoolYear, AttestationKind kind,
                                               String subject, String className, String title) implements SchoolScoped {
}
