package kg.mektep.birikme.api.timeline;

/**
 * The ids an overdue item points to, those that apply to its kind: the annual plan (null when none
 * was drafted), the protocol and resolution numbers within the school year, the control visit, the activity,
 * the retained document (its id in the archive status).
 */
public record OverdueLinks(String planId, Integer protocolNumber, Integer resolution, String visitId,
                           String activityId, String documentId) {

    public OverdueLinks(String planId, Integer protocolNumber, Integer resolution, String visitId, String activityId) {
        this(planId, protocolNumber, resolution, visitId, activityId, null);
    }
}
