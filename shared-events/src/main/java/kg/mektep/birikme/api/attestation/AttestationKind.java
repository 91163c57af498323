package kg.mektep.birikme.api.attestation;

/** R14 (clause 3.5): what attestation material is for. */
public enum AttestationKind {
    /** The final check in transfer classes. */
    TRANSFER_FINAL_CHECK,
    /** Final attestation (oral exams) in graduating classes. */
    GRADUATION_ORAL_EXAM
}
