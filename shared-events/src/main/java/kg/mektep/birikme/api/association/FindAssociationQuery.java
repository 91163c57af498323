package kg.mektep.birikme.api.association;

/** One association of a school, answered with an optional {@link AssociationSummary}. */
public record FindAssociationQuery(String schoolId, String associationId) {
}
