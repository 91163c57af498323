package kg.mektep.birikme.query.timeline;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.timeline.OverdueKind;
import kg.mektep.birikme.api.timeline.OverdueLinks;
import kg.mektep.birikme.query.control.FollowUps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R18 (clause 9): a control visit's follow-up is overdue once its day passed without the later visit
 * that checks it ({@link FollowUps}). The visit belongs to the school year of its date; the deputies
 * who make visits are not teachers of the staff, so no one responsible is named.
 */
@Component
class ControlFollowUps implements OverdueSource {

    private final JdbcClient jdbc;

    ControlFollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Overdue> overdue(OverdueScope scope) {
        return jdbc.sql("""
                SELECT v.visit_id, v.association_id, a.name, v.date, v.follow_up
                FROM rm_control_visit v
                JOIN rm_association a ON a.association_id = v.association_id AND a.status = 'ACTIVE'
                WHERE v.school_id = :school AND v.date BETWEEN :first AND :last AND v.follow_up < :today
                  AND %s IS NULL""".formatted(FollowUps.CHECKED_BY))
                .param("school", scope.schoolId()).param("first", scope.year().firstDay())
                .param("last", scope.year().lastDay()).param("today", scope.today())
                .query((rs, n) -> new Overdue(OverdueKind.CONTROL_FOLLOW_UP_OVERDUE,
                        rs.getObject("follow_up", LocalDate.class), rs.getString("association_id"), rs.getString("name"),
                        new OverdueLinks(null, null, null, rs.getString("visit_id"), null), List.of(),
                        List.of(rs.getObject("date", LocalDate.class).toString())))
                .list();
    }
}
