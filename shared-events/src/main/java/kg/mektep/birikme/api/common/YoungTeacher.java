package kg.mektep.birikme.api.common;

import java.time.LocalDate;

/** R17: a teacher in the first three years since hire is a young teacher (жаш мугалим). */
public final class YoungTeacher {

    static final int YEARS = 3;

    private YoungTeacher() {
    }

    public static boolean on(LocalDate hireDate, LocalDate day) {
        return !day.isBefore(hireDate) && day.isBefore(hireDate.plusYears(YEARS));
    }
}
