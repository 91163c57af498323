package kg.mektep.birikme.api.activity;

/** The activity log of an association for the school year starting in {@code schoolYear}, answered with an {@link ActivityLog}. */
public record FindActivityLogQuery(String schoolId, String associationId, int schoolYear) {
}
