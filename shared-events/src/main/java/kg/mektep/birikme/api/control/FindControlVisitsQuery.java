package kg.mektep.birikme.api.control;

/** The control visits of an association, answered with a list of {@link ControlVisitView}. */
public record FindControlVisitsQuery(String schoolId, String associationId) {
}
