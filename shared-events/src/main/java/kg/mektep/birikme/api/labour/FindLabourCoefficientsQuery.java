package kg.mektep.birikme.api.labour;

/** The coefficients of an association's members for the periods of one school year, answered with a list of {@link LabourCoefficientView}. */
public record FindLabourCoefficientsQuery(String schoolId, String associationId, int schoolYear) {
}
