package kg.mektep.birikme.api.plan;

import java.time.Instant;

/**
 * The approval audit of a school: every submission, return and approval of every plan, in time
 * order; each filter is optional (null). Answered with a list of {@link PlanApprovalEntry}.
 */
public record FindPlanApprovalsQuery(String schoolId, Integer schoolYear, String associationId, String actorId,
                                     Instant from, Instant to) {
}
