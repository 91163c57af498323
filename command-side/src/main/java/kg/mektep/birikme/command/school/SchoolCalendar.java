package kg.mektep.birikme.command.school;

import java.time.LocalDate;

/**
 * Today's date in a school's own time zone, for the rules that compare a date with today. Rules
 * receive it as they receive a registry, so that no aggregate reads a clock itself.
 */
public interface SchoolCalendar {

    LocalDate today(String schoolId);
}
