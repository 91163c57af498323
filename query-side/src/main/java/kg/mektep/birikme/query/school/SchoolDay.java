package kg.mektep.birikme.query.school;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date in a school's own time zone (Asia/Bishkek unless the school says otherwise). */
public final class SchoolDay {

    private SchoolDay() {
    }

    public static LocalDate today(Clock clock, String timeZone) {
        return LocalDate.now(clock.withZone(ZoneId.of(timeZone == null ? "Asia/Bishkek" : timeZone)));
    }
}
