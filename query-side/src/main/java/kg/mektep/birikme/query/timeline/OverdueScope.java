package kg.mektep.birikme.query.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import kg.mektep.birikme.api.common.SchoolYear;

/** A school's year as an {@link OverdueSource} judges it: on the school's today, in the school's time zone. */
public record OverdueScope(String schoolId, ZoneId zone, SchoolYear year, LocalDate today) {

    /** The school's date of an instant. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
