package kg.mektep.birikme.query.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.timeline.Involvement;
import kg.mektep.birikme.api.timeline.TimelineAssociation;
import kg.mektep.birikme.api.timeline.TimelineEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The entries of a timeline read from the event log: a page in time order (the global position
 * orders events of the same instant), the count per month, and for a school its associations.
 */
@Component
class TimelineEntries {

    private final JdbcClient jdbc;

    TimelineEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Page(List<TimelineEntry> entries, Long next) {
    }

    /** At most {@code limit} entries after the one at {@code cursor} (none: from the start of the year). */
    Page page(Span span, Long cursor, int limit, String language) {
        StringBuilder sql = new StringBuilder("SELECT l.global_position, l.occurred_at, l.event_type, l.association_id,"
                + " l.actor_id, l.actor_role, l." + summaryColumn(language) + " AS what, t.full_name AS actor_name");
        if (span.forTeacher()) {
            sql.append(", ").append(span.actorIds().isEmpty() ? "false" : "l.actor_id IN (:actors)").append(" AS acted, ")
                    .append(Span.NAMES).append(" @> CAST(:named AS jsonb) AS named");
        }
        sql.append(" FROM rm_event_log l")
                .append(" LEFT JOIN app_user u ON u.user_id = l.actor_id")
                .append(" LEFT JOIN rm_teacher t ON t.teacher_id = u.teacher_id")
                .append(" WHERE ").append(span.condition());
        if (cursor != null) {
            sql.append(" AND (l.occurred_at, l.global_position) >")
                    .append(" (SELECT c.occurred_at, c.global_position FROM rm_event_log c WHERE c.global_position = :cursor)");
        }
        sql.append(" ORDER BY l.occurred_at, l.global_position LIMIT :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).params(span.parameters()).param("limit", limit + 1);
        if (cursor != null) {
            statement = statement.param("cursor", cursor);
        }
        List<TimelineEntry> entries = new ArrayList<>(statement.query((rs, n) -> entry(rs, span)).list());
        boolean more = entries.size() > limit;
        if (more) {
            entries.remove(entries.size() - 1);
        }
        return new Page(entries, more ? entries.get(entries.size() - 1).position() : null);
    }

    /** Entries per month of the school year, September to August, months without any counted as 0. */
    Map<String, Long> months(Span span, SchoolYear year, ZoneId zone) {
        Map<String, Long> counted = new LinkedHashMap<>();
        jdbc.sql("SELECT to_char(l.occurred_at AT TIME ZONE :zone, 'YYYY-MM') AS month, count(*) AS entries"
                        + " FROM rm_event_log l WHERE " + span.condition() + " GROUP BY 1")
                .params(span.parameters()).param("zone", zone.getId())
                .query((rs, n) -> Map.entry(rs.getString("month"), rs.getLong("entries"))).list()
                .forEach(month -> counted.put(month.getKey(), month.getValue()));
        Map<String, Long> months = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(year.firstDay()); !month.isAfter(YearMonth.from(year.lastDay()));
                month = month.plusMonths(1)) {
            months.put(month.toString(), counted.getOrDefault(month.toString(), 0L));
        }
        return months;
    }

    /**
     * The school's associations in the year: those working, and those dissolved with entries in the
     * year; none created after it. {@code overdue} counts each one's overdue items.
     */
    List<TimelineAssociation> associations(Span school, Map<String, Integer> overdue) {
        return jdbc.sql("""
                SELECT a.association_id, a.name, a.status, count(l.global_position) AS entries,
                       max(l.occurred_at) AS last_at
                FROM rm_association a
                LEFT JOIN rm_event_log l ON l.association_id = a.association_id
                     AND l.occurred_at >= :from AND l.occurred_at < :to
                WHERE a.school_id = :school
                  AND NOT EXISTS (SELECT 1 FROM rm_event_log e WHERE e.association_id = a.association_id
                                  AND e.event_type = 'AssociationCreatedEvent' AND e.occurred_at >= :to)
                GROUP BY a.association_id, a.name, a.status
                HAVING a.status = 'ACTIVE' OR count(l.global_position) > 0
                ORDER BY a.name COLLATE kyrgyz, a.association_id""")
                .params(school.parameters())
                .query((rs, n) -> {
                    OffsetDateTime last = rs.getObject("last_at", OffsetDateTime.class);
                    String id = rs.getString("association_id");
                    return new TimelineAssociation(id, rs.getString("name"), rs.getString("status"),
                            rs.getLong("entries"), last == null ? null : last.toInstant(), overdue.getOrDefault(id, 0));
                })
                .list();
    }

    private static TimelineEntry entry(ResultSet rs, Span span) throws SQLException {
        Involvement involvement = null;
        if (span.forTeacher()) {
            boolean acted = rs.getBoolean("acted");
            boolean named = rs.getBoolean("named");
            involvement = acted && named ? Involvement.ACTOR_AND_SUBJECT : acted ? Involvement.ACTOR : Involvement.SUBJECT;
        }
        return new TimelineEntry(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getLong("global_position"), rs.getString("event_type"), rs.getString("what"),
                rs.getString("association_id"), rs.getString("actor_id"), rs.getString("actor_role"),
                rs.getString("actor_name"), involvement);
    }

    private static String summaryColumn(String language) {
        return switch (language) {
            case "ru" -> "summary_ru";
            case "en" -> "summary_en";
            default -> "summary_ky";
        };
    }
}
