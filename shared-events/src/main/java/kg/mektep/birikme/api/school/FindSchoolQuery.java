package kg.mektep.birikme.api.school;

/** One school, answered with an optional {@link SchoolSummary}. */
public record FindSchoolQuery(String schoolId) {
}
