package kg.mektep.birikme.api.nomination;

/**
 * Nominations and proposals of a school, of one association when {@code associationId} is given,
 * in one status when {@code status} is given; answered with a list of {@link NominationView}.
 */
public record FindNominationsQuery(String schoolId, String associationId, NominationStatus status) {
}
