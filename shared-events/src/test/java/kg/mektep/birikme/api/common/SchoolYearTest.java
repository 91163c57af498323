package kg.mektep.birikme.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolYearTest {

    @Test
    void aSchoolYearRunsFromTheFirstOfSeptemberToTheThirtyFirstOfAugust() {
        assertThat(SchoolYear.containing(LocalDate.of(2026, 9, 1))).isEqualTo(new SchoolYear(2026));
        assertThat(SchoolYear.containing(LocalDate.of(2027, 8, 31))).isEqualTo(new SchoolYear(2026));
        assertThat(SchoolYear.containing(LocalDate.of(2026, 8, 31))).isEqualTo(new SchoolYear(2025));
        assertThat(new SchoolYear(2026).firstDay()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(new SchoolYear(2026).lastDay()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(new SchoolYear(2026)).hasToString("2026-2027");
    }

    @Test
    void aTeacherIsYoungInTheFirstThreeYearsSinceHire() {
        LocalDate hired = LocalDate.of(2024, 9, 1);
        assertThat(YoungTeacher.on(hired, hired)).isTrue();
        assertThat(YoungTeacher.on(hired, LocalDate.of(2027, 8, 31))).isTrue();
        assertThat(YoungTeacher.on(hired, LocalDate.of(2027, 9, 1))).isFalse();
        assertThat(YoungTeacher.on(hired, LocalDate.of(2024, 8, 31))).as("not yet hired").isFalse();
    }
}
