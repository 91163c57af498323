package kg.mektep.birikme.api.plan;

/** Every association's plans of a school for one school year, answered with a list of {@link AssociationPlans}. */
public record FindCurrentPlansQuery(String schoolId, int schoolYear) {
}
