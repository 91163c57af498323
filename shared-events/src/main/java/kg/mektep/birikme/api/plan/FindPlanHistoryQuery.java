package kg.mektep.birikme.api.plan;

/** Every version of an annual plan with what changed from the one before, answered with an optional {@link PlanHistory}. */
public record FindPlanHistoryQuery(String schoolId, String planId) {
}
