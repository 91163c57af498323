package kg.mektep.birikme.api.plan;

/** R6 (clauses 4.1, 5.2): what the plan is built on. */
public record PlanGrounds(String schoolPlan, String districtRecommendations) {
}
