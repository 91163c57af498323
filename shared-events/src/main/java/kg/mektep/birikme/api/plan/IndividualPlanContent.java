package kg.mektep.birikme.api.plan;

import java.util.List;

/** A teacher's individual work plan and the self-education plan that goes with it (clauses 3.4, 5.3). */
public record IndividualPlanContent(List<String> workItems, String selfEducationTopic, List<String> selfEducationSteps) {
}
