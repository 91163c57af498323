package kg.mektep.birikme.api.recordfile;

/** One association's compliance in a school year, answered with an optional {@link AssociationCompliance}. */
public record FindAssociationComplianceQuery(String schoolId, String associationId, int schoolYear) {
}
