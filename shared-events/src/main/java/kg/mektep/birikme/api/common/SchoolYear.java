package kg.mektep.birikme.api.common;

import java.time.LocalDate;

/** A school year runs from 1 September to 31 August; it is named by the year it starts in. */
public record SchoolYear(int startYear) {

    public static SchoolYear containing(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
