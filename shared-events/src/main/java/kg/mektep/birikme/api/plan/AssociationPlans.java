package kg.mektep.birikme.api.plan;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** The plans of one association for one school year, as the current-plans read model shows them. */
public record AssociationPlans(String associationId,
                               String associationName,
                               Annual annual,
                               List<Month> months,
                               List<Individual> individual) {

    /**
     * Status is NONE, DRAFT, SUBMITTED, RETURNED, APPROVED, APPROVED_LATE or AMENDED_AWAITING_APPROVAL;
     * the version in force is the approved one, if any.
     */
    public record Annual(String planId, String status, Integer currentVersion, Integer versionInForce,
                         String approverId, Instant approvedAt, boolean late) {
    }

    /** MISSING, DRAFT or CONFIRMED for each month from September to August. */
    public record Month(YearMonth month, String status) {
    }

    public record Individual(String planId, String teacherId, String teacherName, String status, int version) {
    }
}
