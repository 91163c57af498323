package kg.mektep.birikme.command.meeting;

import java.time.LocalDate;
import java.time.MonthDay;
import kg.mektep.birikme.api.common.SchoolYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * R11 (clause 5.8): the year is analysed at its end. The end starts on a month and day of the school
 * year ({@code birikme.year-analysis.from}, 1 May by default: the last weeks of lessons and the
 * summer), so that an analysis recorded by mistake early in the year does not close its protocol book.
 */
@Component
public class YearEnd {

    private final MonthDay from;

    YearEnd(@Value("${birikme.year-analysis.from:--05-01}") MonthDay from) {
        this.from = from;
    }

    public static YearEnd from(MonthDay from) {
        return new YearEnd(from);
    }

    /** The first day of the end of that school year. */
    LocalDate startOf(SchoolYear year) {
        LocalDate inFirstCalendarYear = from.atYear(year.startYear());
        return SchoolYear.containing(inFirstCalendarYear).equals(year) ? inFirstCalendarYear
                : from.atYear(year.startYear() + 1);
    }
}
