package kg.mektep.birikme.query.log;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.log.EventLogFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A filter's conditions with, for a period, the positions its days span in the log (rm_event_log_day,
 * kept by the database as rows are inserted): a condition every row of the period meets already,
 * added so that a page of the period is read only from that stretch of the log, not from its start
 * or up to its end.
 */
@Component
class LogDays {

    private final JdbcClient jdbc;

    LogDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LogConditions conditions(EventLogFilter filter) {
        LogConditions conditions = LogConditions.of(filter);
        if (filter.since() == null && filter.until() == null) {
            return conditions;
        }
        // The days in UTC that the period touches; a day at either end that it touches only in
        // part is taken whole, which widens the stretch and keeps every row of the period in it.
        List<String> days = new ArrayList<>();
        Map<String, Object> bounds = new LinkedHashMap<>();
        if (filter.since() != null) {
            days.add("day >= :first");
            bounds.put("first", day(filter.since()));
        }
        if (filter.until() != null) {
            days.add("day <= :last");
            bounds.put("last", day(filter.until()));
        }
        Span span = jdbc.sql("SELECT min(first_position), max(last_position) FROM rm_event_log_day WHERE "
                        + String.join(" AND ", days))
                .params(bounds)
                .query((rs, n) -> new Span((Long) rs.getObject(1), (Long) rs.getObject(2)))
                .single();
        if (span.first() == null) {
            return conditions.and("FALSE", Map.of());
        }
        return conditions.and("global_position BETWEEN :periodFirst AND :periodLast",
                Map.of("periodFirst", span.first(), "periodLast", span.last()));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private record Span(Long first, Long last) {
    }
}
