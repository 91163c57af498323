package kg.mektep.birikme.api.school;

/** The staff of a school, answered with a list of {@link TeacherSummary}. */
public record FindTeachersQuery(String schoolId) {
}
