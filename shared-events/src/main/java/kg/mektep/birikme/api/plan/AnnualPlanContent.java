package kg.mektep.birikme.api.plan;

import java.util.List;

/** The text of one version of an annual work plan (clause 6.7). */
public record AnnualPlanContent(MethodologicalTheme theme, List<PlannedActivity> activities, PlanGrounds grounds) {
}
