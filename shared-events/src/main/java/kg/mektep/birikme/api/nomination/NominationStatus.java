package kg.mektep.birikme.api.nomination;

/** PROPOSED by the association, FORWARDED to the school's administration, DECIDED there. */
public enum NominationStatus {
    PROPOSED,
    FORWARDED,
    DECIDED
}
