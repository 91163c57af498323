package kg.mektep.birikme.api.plan;

import java.time.Instant;
import java.util.List;

public record PlanHistory(String planId, String associationId, int schoolYear, List<Version> versions) {

    public record Version(int version, Instant createdAt, String contentHash, AnnualPlanContent content,
                          List<FieldChange> changes) {
    }

    /** A field that differs from the previous version; values are JSON, null where absent. */
    public record FieldChange(String path, String before, String after) {
    }
}
