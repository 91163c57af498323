package kg.mektep.birikme.command.school;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The application's clock read in the time zone the school registered with (Asia/Bishkek by default).
 * A school's zone never changes once registered, so it is read from the registry once and kept; a
 * school not (yet) registered is read again each time.
 */
@Component
class ClockSchoolCalendar implements SchoolCalendar {

    private static final String DEFAULT_ZONE = "Asia/Bishkek";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

    ClockSchoolCalendar(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public LocalDate today(String schoolId) {
        ZoneId zone = zones.get(schoolId);
        if (zone == null) {
            zone = jdbc.sql("SELECT time_zone FROM registry_school WHERE school_id = ?").param(schoolId)
                    .query(String.class).optional().map(ZoneId::of).orElse(null);
            if (zone == null) {
                return LocalDate.now(clock.withZone(ZoneId.of(DEFAULT_ZONE)));
            }
            zones.put(schoolId, zone);
        }
        return LocalDate.now(clock.withZone(zone));
    }
}
