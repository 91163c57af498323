package kg.mektep.birikme.api.labour;

/** The association's current commission, answered with an optional {@link LabourCommissionView}. */
public record FindLabourCommissionQuery(String schoolId, String associationId) {
}
