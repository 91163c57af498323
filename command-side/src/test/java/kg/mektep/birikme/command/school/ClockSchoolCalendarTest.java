package kg.mektep.birikme.command.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import kg.mektep.birikme.command.support.CommandDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ClockSchoolCalendarTest {

    @Test
    void todayIsTheDayInTheSchoolsOwnTimeZone() {
        JdbcClient jdbc = JdbcClient.create(CommandDatabase.migratedTo("latest"));
        jdbc.sql("INSERT INTO registry_school (school_id, time_zone) VALUES ('bishkek-61', 'Asia/Bishkek'), "
                + "('london-1', 'Europe/London')").update();
        // 19:00 on 31 August in UTC is already 01:00 on 1 September in Bishkek, still 20:00 of 31 August in London.
        Clock clock = Clock.fixed(Instant.parse("2030-08-31T19:00:00Z"), ZoneOffset.UTC);
        ClockSchoolCalendar calendar = new ClockSchoolCalendar(jdbc, clock);

        assertThat(calendar.today("bishkek-61")).isEqualTo(LocalDate.of(2030, 9, 1));
        assertThat(calendar.today("london-1")).isEqualTo(LocalDate.of(2030, 8, 31));
        assertThat(calendar.today("not-registered")).as("Asia/Bishkek by default").isEqualTo(LocalDate.of(2030, 9, 1));
    }

    @Test
    void aSchoolsZoneIsReadOnceAndAnUnregisteredSchoolIsReadAgain() {
        JdbcClient jdbc = JdbcClient.create(CommandDatabase.migratedTo("latest"));
        Clock clock = Clock.fixed(Instant.parse("2030-08-31T19:00:00Z"), ZoneOffset.UTC);
        ClockSchoolCalendar calendar = new ClockSchoolCalendar(jdbc, clock);

        assertThat(calendar.today("london-2")).as("not registered yet: Asia/Bishkek").isEqualTo(LocalDate.of(2030, 9, 1));
        jdbc.sql("INSERT INTO registry_school (school_id, time_zone) VALUES ('london-2', 'Europe/London')").update();
        assertThat(calendar.today("london-2")).as("registered since: its own zone").isEqualTo(LocalDate.of(2030, 8, 31));

        // The zone is kept: the registry is not asked again (a registered school's zone never changes).
        jdbc.sql("UPDATE registry_school SET time_zone = 'Asia/Bishkek' WHERE school_id = 'london-2'").update();
        assertThat(calendar.today("london-2")).isEqualTo(LocalDate.of(2030, 8, 31));
    }
}
