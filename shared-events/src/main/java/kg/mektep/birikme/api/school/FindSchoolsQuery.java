package kg.mektep.birikme.api.school;

/** Every registered school, answered with a list of {@link SchoolSummary}. */
public record FindSchoolsQuery() {
}
