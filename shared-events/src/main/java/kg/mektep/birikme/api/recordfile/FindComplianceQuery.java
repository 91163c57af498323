package kg.mektep.birikme.api.recordfile;

/** The compliance of a school's associations in a school year, answered with a {@link ComplianceReport}. */
public record FindComplianceQuery(String schoolId, int schoolYear) {
}
