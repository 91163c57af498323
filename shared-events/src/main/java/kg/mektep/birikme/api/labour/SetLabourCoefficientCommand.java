package kg.mektep.birikme.api.labour;

import java.math.BigDecimal;
import java.time.LocalDate;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R15 (clause 4.5): a member of the commission sets a member's labour participation coefficient for
 * a period (a month, a term), from and to inclusive. Setting it again for the same member and
 * period replaces the earlier value, which stays in the record.
 */
public record SetLabourCoefficientCommand(@TargetAggregateIdentifier String commissionId, String schoolId,
                                          String associationId, String memberId, LocalDate from, LocalDate to,
                                          BigDecimal value) implements SchoolScoped {
}
