package kg.mektep.birikme.api.meeting;

/** The end-of-year analysis of an association's work, answered with an optional {@link YearAnalysis}. */
public record FindYearAnalysisQuery(String schoolId, String associationId, int schoolYear) {
}
