package kg.mektep.birikme.api.association;

/** The associations of a school, answered with a list of {@link AssociationSummary}. */
public record FindAssociationsQuery(String schoolId) {
}
