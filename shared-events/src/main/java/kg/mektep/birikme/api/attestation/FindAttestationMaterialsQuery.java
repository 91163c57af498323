package kg.mektep.birikme.api.attestation;

/** The attestation material of an association for a school year, answered with a list of {@link AttestationMaterialView}. */
public record FindAttestationMaterialsQuery(String schoolId, String associationId, int schoolYear) {
}
