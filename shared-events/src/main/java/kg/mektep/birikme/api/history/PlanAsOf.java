package kg.mektep.birikme.api.history;

import kg.mektep.birikme.api.plan.AnnualPlanContent;

/**
 * An annual plan on a past date: the text in force then (the last approved version, null before the
 * first approval) and the version being worked on.
 */
public record PlanAsOf(String planId, String associationId, int schoolYear, String status, int versionInForce,
                       String hashInForce, AnnualPlanContent contentInForce, int currentVersion,
                       AnnualPlanContent currentContent, long position) {
}
