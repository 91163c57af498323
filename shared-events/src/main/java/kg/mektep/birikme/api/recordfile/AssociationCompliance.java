package kg.mektep.birikme.api.recordfile;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules an association's record can show, checked for one school year on {@code asOf}, with
 * how many are met, not met and not yet due. {@code inYear} is false, and there are no rules, for a
 * year in which the association did not work.
 */
public record AssociationCompliance(String associationId, String name, String status, int schoolYear, LocalDate asOf,
                                    boolean inYear, int met, int notMet, int notYetDue, List<RuleCheck> rules) {
}
