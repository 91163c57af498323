package kg.mektep.birikme.query.timeline;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kg.mektep.birikme.api.activity.ActivityType;
import kg.mektep.birikme.api.timeline.OverdueKind;
import kg.mektep.birikme.api.timeline.OverdueLinks;
import kg.mektep.birikme.query.web.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R19: an open lesson is analysed (clause 3.9) and a subject week, olympiad or contest has its
 * results recorded (clause 3.14) once it is over; either still missing the day after is overdue.
 * The lesson's analysis is the teacher's who gave it; results are the chair's to record.
 */
@Component
class MissingActivityOutcomes implements OverdueSource {

    /** Lesson visits are recorded with their joint analysis, so only these can lack an outcome. */
    private static final Set<ActivityType> AWAITING_OUTCOME = EnumSet.of(ActivityType.OPEN_LESSON,
            ActivityType.SUBJECT_WEEK, ActivityType.SCHOOL_OLYMPIAD, ActivityType.CONTEST);

    private final JdbcClient jdbc;

    MissingActivityOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Overdue> overdue(OverdueScope scope) {
        return jdbc.sql("""
                SELECT x.activity_id, x.association_id, a.name, a.chair_id, x.kind, x.title,
                       coalesce(x.end_date, x.date) AS last_day,
                       ARRAY(SELECT p.teacher_id FROM rm_activity_person p
                             WHERE p.activity_id = x.activity_id AND p.part = 'TEACHER' ORDER BY p.seq) AS teachers
                FROM rm_activity x
                JOIN rm_association a ON a.association_id = x.association_id AND a.status = 'ACTIVE'
                WHERE x.school_id = :school AND x.school_year = :year AND x.kind IN (:kinds) AND x.outcome_date IS NULL
                  AND coalesce(x.end_date, x.date) < :today""")
                .param("school", scope.schoolId()).param("year", scope.year().startYear()).param("today", scope.today())
                .param("kinds", AWAITING_OUTCOME.stream().map(ActivityType::name).toList())
                .query((rs, n) -> {
                    boolean lesson = ActivityType.valueOf(rs.getString("kind")) == ActivityType.OPEN_LESSON;
                    String chair = rs.getString("chair_id");
                    return new Overdue(lesson ? OverdueKind.OPEN_LESSON_ANALYSIS_MISSING
                            : OverdueKind.SUBJECT_EVENT_RESULTS_MISSING, rs.getObject("last_day", LocalDate.class),
                            rs.getString("association_id"), rs.getString("name"),
                            new OverdueLinks(null, null, null, null, rs.getString("activity_id")),
                            lesson ? SqlArrays.strings(rs.getArray("teachers")) : chair == null ? List.of() : List.of(chair),
                            List.of(rs.getString("title")));
                })
                .list();
    }
}
