package kg.mektep.birikme.api.attestation;

import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R14 (clause 3.5): approved by the association, by a resolution of a quorate meeting cited by its protocol. */
public record ApproveAttestationMaterialCommand(@TargetAggregateIdentifier String materialId, String schoolId,
                                                DocumentRef protocol) implements SchoolScoped {
}
