package kg.mektep.birikme.api.labour;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's current coefficient for a period, who set it and when; {@code earlier} holds the
 * assessments it replaced, latest first.
 */
public record LabourCoefficientView(String memberId, String memberName, LocalDate from, LocalDate to, BigDecimal value,
                                    int revision, String setById, String setByName, Instant setAt,
                                    List<Earlier> earlier) {

    public record Earlier(BigDecimal value, int revision, String setById, String setByName, Instant setAt) {
    }
}
