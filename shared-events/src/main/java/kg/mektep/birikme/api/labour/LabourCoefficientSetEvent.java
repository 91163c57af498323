package kg.mektep.birikme.api.labour;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A member's coefficient for a period. {@code revision} counts the assessments of this member and
 * period: 1 for the first, and each later one replaces the one before. {@code setBy} is the
 * commission member (a teacher id) who set it.
 */
@Revision("1")
public record LabourCoefficientSetEvent(String commissionId, String schoolId, String associationId, String memberId,
                                        LocalDate from, LocalDate to, BigDecimal value, int revision, String setBy) {
}
