package kg.mektep.birikme.query.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.timeline.FindTimelineQuery;
import kg.mektep.birikme.api.timeline.OverdueItem;
import kg.mektep.birikme.api.timeline.Timeline;
import kg.mektep.birikme.api.timeline.TimelineScope;
import kg.mektep.birikme.query.school.SchoolDay;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timelines the director reviews: what was done in a school year, by whom and when, with what is
 * overdue first. Entries come from the event log; overdue items from the read models that keep each
 * kind of record, judged on the school's today by the service's clock.
 */
@Component
class TimelineQueries {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final TimelineEntries entries;
    private final OverdueItems overdueItems;

    TimelineQueries(JdbcClient jdbc, ObjectMapper json, Clock clock, TimelineEntries entries, OverdueItems overdueItems) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.entries = entries;
        this.overdueItems = overdueItems;
    }

    private record School(String name, ZoneId zone) {
    }

    @QueryHandler
    Optional<Timeline> handle(FindTimelineQuery query) {
        Optional<School> school = jdbc.sql("SELECT name, time_zone FROM rm_school WHERE school_id = ?")
                .param(query.schoolId())
                .query((rs, n) -> new School(rs.getString(1), ZoneId.of(rs.getString(2)))).optional();
        if (school.isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone = school.get().zone();
        LocalDate today = SchoolDay.today(clock, zone.getId());
        SchoolYear year = query.schoolYear() == null ? SchoolYear.containing(today) : new SchoolYear(query.schoolYear());
        Optional<String> name = switch (query.scope()) {
            case SCHOOL -> Optional.of(school.get().name());
            case ASSOCIATION -> nameOf("SELECT name FROM rm_association WHERE association_id = ? AND school_id = ?", query);
            case TEACHER -> nameOf("SELECT full_name FROM rm_teacher WHERE teacher_id = ? AND school_id = ?", query);
        };
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Span span = switch (query.scope()) {
            case SCHOOL -> Span.of(query.schoolId(), year, zone);
            case ASSOCIATION -> Span.ofAssociation(query.schoolId(), query.id(), year, zone);
            case TEACHER -> Span.ofTeacher(query.schoolId(), usersOf(query.id()), named(query.id()), year, zone);
        };
        List<OverdueItem> overdue = overdueItems.of(query.scope(), query.id(),
                new OverdueScope(query.schoolId(), zone, year, today), Locale.forLanguageTag(query.language()));
        TimelineEntries.Page page = entries.page(span, query.cursor(), query.limit(), query.language());
        Map<String, Long> months = entries.months(span, year, zone);
        long total = months.values().stream().mapToLong(Long::longValue).sum();
        return Optional.of(new Timeline(query.scope(), query.id(), name.get(), year.startYear(), year.toString(), today,
                overdue, page.entries(), page.next(), total, months,
                query.scope() == TimelineScope.SCHOOL ? entries.associations(span, countsOf(overdue)) : null));
    }

    private Optional<String> nameOf(String sql, FindTimelineQuery query) {
        return jdbc.sql(sql).params(query.id(), query.schoolId()).query(String.class).optional();
    }

    /** The accounts a teacher signs in with: the events they made are the teacher's as actor. */
    private List<String> usersOf(String teacherId) {
        return jdbc.sql("SELECT user_id FROM app_user WHERE teacher_id = ? ORDER BY user_id").param(teacherId)
                .query(String.class).list();
    }

    private String named(String teacherId) {
        try {
            return json.writeValueAsString(List.of(teacherId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of one string is JSON", e);
        }
    }

    private static Map<String, Integer> countsOf(List<OverdueItem> overdue) {
        return overdue.stream().filter(item -> item.associationId() != null)
                .collect(Collectors.groupingBy(OverdueItem::associationId, Collectors.summingInt(item -> 1)));
    }
}
