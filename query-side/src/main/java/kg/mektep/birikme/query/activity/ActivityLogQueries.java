package kg.mektep.birikme.query.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.mektep.birikme.api.activity.ActivityLog;
import kg.mektep.birikme.api.activity.ActivityLog.Entry;
import kg.mektep.birikme.api.activity.ActivityLog.Part;
import kg.mektep.birikme.api.activity.ActivityLog.Participant;
import kg.mektep.birikme.api.activity.ActivityType;
import kg.mektep.birikme.api.activity.FindActivityLogQuery;
import kg.mektep.birikme.api.activity.Winner;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.query.web.SqlArrays;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The activity log of an association's year; names come from the staff read model when it is read. */
@Component
class ActivityLogQueries {

    private static final TypeReference<List<Winner>> WINNERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ActivityLogQueries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @QueryHandler
    Optional<ActivityLog> handle(FindActivityLogQuery query) {
        boolean known = jdbc.sql("SELECT count(*) FROM rm_association WHERE school_id = ? AND association_id = ?")
                .params(query.schoolId(), query.associationId()).query(Integer.class).single() > 0;
        if (!known) {
            return Optional.empty();
        }
        Map<String, List<Participant>> people = people(query);
        Map<String, List<String>> links = links(query);
        List<Entry> entries = jdbc.sql("""
                SELECT * FROM rm_activity WHERE school_id = ? AND association_id = ? AND school_year = ?
                ORDER BY date, end_date NULLS FIRST, kind, title, activity_id""")
                .params(query.schoolId(), query.associationId(), query.schoolYear())
                .query((rs, n) -> entry(rs, people, links)).list();
        Map<ActivityType, Integer> counts = new EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            counts.put(type, (int) entries.stream().filter(entry -> entry.kind() == type).count());
        }
        return Optional.of(new ActivityLog(query.associationId(), query.schoolYear(),
                new SchoolYear(query.schoolYear()).toString(), entries, counts, seminarRuleMet(entries)));
    }

    /** R10 (clause 5.7): a seminar with at least one thematic open lesson and one extracurricular event. */
    private static boolean seminarRuleMet(List<Entry> entries) {
        Map<String, ActivityType> kinds = new HashMap<>();
        entries.forEach(entry -> kinds.put(entry.activityId(), entry.kind()));
        return entries.stream().filter(entry -> entry.kind() == ActivityType.SEMINAR).anyMatch(seminar ->
                seminar.linkedIds().stream().anyMatch(id -> kinds.get(id) == ActivityType.OPEN_LESSON)
                        && seminar.linkedIds().stream().anyMatch(id -> kinds.get(id) == ActivityType.EXTRACURRICULAR_EVENT));
    }

    private Entry entry(ResultSet rs, Map<String, List<Participant>> people, Map<String, List<String>> links)
            throws SQLException {
        String id = rs.getString("activity_id");
        boolean hasOutcome = rs.getBoolean("has_outcome");
        LocalDate outcomeDate = rs.getObject("outcome_date", LocalDate.class);
        String winners = rs.getString("winners");
        Integer participants = rs.getObject("participants", Integer.class);
        return new Entry(id, ActivityType.valueOf(rs.getString("kind")), rs.getObject("date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("title"), rs.getString("subject"),
                SqlArrays.strings(rs.getArray("class_names")), people.getOrDefault(id, List.of()),
                links.getOrDefault(id, List.of()), hasOutcome ? outcomeDate != null : null, outcomeDate,
                rs.getString("analysis"),
                participants == null ? null : new ActivityLog.Results(participants, read(winners)),
                rs.getObject("protocol_number", Integer.class), rs.getString("recorded_by"));
    }

    private Map<String, List<Participant>> people(FindActivityLogQuery query) {
        record Taking(String activityId, Participant person, int seq) {
        }
        List<Taking> all = jdbc.sql("""
                SELECT p.activity_id, p.teacher_id, t.full_name, p.part, p.seq
                FROM rm_activity_person p
                JOIN rm_activity a ON a.activity_id = p.activity_id
                LEFT JOIN rm_teacher t ON t.teacher_id = p.teacher_id
                WHERE a.school_id = ? AND a.association_id = ? AND a.school_year = ?""")
                .params(query.schoolId(), query.associationId(), query.schoolYear())
                .query((rs, n) -> new Taking(rs.getString(1), new Participant(rs.getString(2), rs.getString(3),
                        Part.valueOf(rs.getString(4))), rs.getInt(5)))
                .list();
        Map<String, List<Participant>> byActivity = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing((Taking taking) -> taking.person().part()).thenComparing(Taking::seq))
                .forEach(taking -> byActivity.computeIfAbsent(taking.activityId(), id -> new ArrayList<>())
                        .add(taking.person()));
        return byActivity;
    }

    /** For a seminar its lessons and events; for a lesson or event its seminars. */
    private Map<String, List<String>> links(FindActivityLogQuery query) {
        Map<String, List<String>> links = new HashMap<>();
        jdbc.sql("""
                SELECT l.seminar_id, l.activity_id FROM rm_seminar_link l
                JOIN rm_activity s ON s.activity_id = l.seminar_id
                WHERE s.school_id = ? AND s.association_id = ? AND s.school_year = ?
                ORDER BY l.seminar_id, l.activity_id""")
                .params(query.schoolId(), query.associationId(), query.schoolYear())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(link -> {
                    links.computeIfAbsent(link.get(0), id -> new ArrayList<>()).add(link.get(1));
                    links.computeIfAbsent(link.get(1), id -> new ArrayList<>()).add(link.get(0));
                });
        return links;
    }

    private List<Winner> read(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, WINNERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored winners are JSON the projection wrote", e);
        }
    }
}
