package kg.mektep.birikme.command.school;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The application's clock read in the time zone the school registered with (Asia/Bishkek by default). */
@Component
class ClockSchoolCalendar implements SchoolCalendar {

    private static final String DEFAULT_ZONE = "Asia/Bishkek";

    private final JdbcClient jdbc;
    private final Clock clock;

    ClockSchoolCalendar(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public LocalDate today(String schoolId) {
        String zone = jdbc.sql("SELECT time_zone FROM registry_school WHERE school_id = ?").param(schoolId)
                .query(String.class).optional().orElse(DEFAULT_ZONE);
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }
}
