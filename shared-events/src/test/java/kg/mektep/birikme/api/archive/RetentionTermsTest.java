package kg.mektep.birikme.api.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kg.mektep.birikme.api.common.SchoolYear;
import org.junit.jupiter.api.Test;

/** R12 (clause 5.9): three school years at school after the year of closing, then ten years in the archive. */
class RetentionTermsTest {

    @Test
    void aDocumentClosedInASchoolYearStaysAtSchoolThroughThreeMoreSchoolYears() {
        assertThat(RetentionTerms.keptAtSchoolUntil(2026)).isEqualTo(LocalDate.of(2030, 8, 31));
        assertThat(RetentionTerms.transferDueOn(2026)).isEqualTo(LocalDate.of(2030, 9, 1));
    }

    @Test
    void theYearOfClosingIsTheSchoolYearNotTheCalendarYear() {
        // Closed on 1 September 2026 and on 31 August 2027: the same school year 2026-2027.
        assertThat(RetentionTerms.transferDueOn(SchoolYear
                .containing(LocalDate.of(2026, 9, 1)).startYear())).isEqualTo(LocalDate.of(2030, 9, 1));
        assertThat(RetentionTerms.transferDueOn(SchoolYear
                .containing(LocalDate.of(2027, 8, 31)).startYear())).isEqualTo(LocalDate.of(2030, 9, 1));
        // A day later the next school year begins, and its documents wait a year longer.
        assertThat(RetentionTerms.transferDueOn(SchoolYear
                .containing(LocalDate.of(2027, 9, 1)).startYear())).isEqualTo(LocalDate.of(2031, 9, 1));
    }

    @Test
    void tenYearsInTheArchiveRunFromTheTransferAct() {
        assertThat(RetentionTerms.disposalDueOn(LocalDate.of(2030, 9, 1))).isEqualTo(LocalDate.of(2040, 9, 1));
        // A late transfer keeps the full ten years.
        assertThat(RetentionTerms.disposalDueOn(LocalDate.of(2032, 3, 15))).isEqualTo(LocalDate.of(2042, 3, 15));
    }

    @Test
    void anActOfTheTwentyNinthOfFebruaryFallsDueOnTheTwentyEighth() {
        assertThat(RetentionTerms.disposalDueOn(LocalDate.of(2032, 2, 29))).isEqualTo(LocalDate.of(2042, 2, 28));
    }
}
