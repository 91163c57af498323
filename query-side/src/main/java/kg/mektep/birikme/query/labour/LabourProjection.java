package kg.mektep.birikme.query.labour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.labour.FindLabourCoefficientsQuery;
import kg.mektep.birikme.api.labour.FindLabourCommissionQuery;
import kg.mektep.birikme.api.labour.LabourCoefficientSetEvent;
import kg.mektep.birikme.api.labour.LabourCoefficientView;
import kg.mektep.birikme.api.labour.LabourCommissionFormedEvent;
import kg.mektep.birikme.api.labour.LabourCommissionView;
import kg.mektep.birikme.query.admin.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The coefficients commission and every coefficient it set. All events of one association's
 * commission arrive in order (one aggregate), so the last formation is the current one; each
 * assessment is kept, and the highest revision of a member and period is the value in force.
 */
@Component
@ProcessingGroup("labour")
@ReadModelTables({"rm_labour_commission", "rm_labour_commission_member", "rm_labour_coefficient"})
class LabourProjection {

    private final JdbcClient jdbc;

    LabourProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LabourCommissionFormedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO rm_labour_commission (association_id, school_id, head_id, protocol_number, protocol_date,
                                                  formed_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (association_id) DO UPDATE SET head_id = excluded.head_id,
                    protocol_number = excluded.protocol_number, protocol_date = excluded.protocol_date,
                    formed_at = excluded.formed_at""")
                .params(event.associationId(), event.schoolId(), event.headId(), event.protocol().number(),
                        event.protocol().date(), java.sql.Timestamp.from(at))
                .update();
        jdbc.sql("DELETE FROM rm_labour_commission_member WHERE association_id = ?").param(event.associationId()).update();
        for (int i = 0; i < event.memberIds().size(); i++) {
            jdbc.sql("INSERT INTO rm_labour_commission_member (association_id, teacher_id, position) VALUES (?, ?, ?)")
                    .params(event.associationId(), event.memberIds().get(i), i).update();
        }
    }

    @EventHandler
    void on(LabourCoefficientSetEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO rm_labour_coefficient (association_id, member_id, period_from, period_to, revision, school_id,
                                                   school_year, value, set_by, set_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.associationId(), event.memberId(), event.from(), event.to(), event.revision(),
                        event.schoolId(), SchoolYear.containing(event.from()).startYear(), event.value(), event.setBy(),
                        java.sql.Timestamp.from(at))
                .update();
    }

    /**
     * The commission as formed, less those of its members who have left the association since: they
     * sit on it no more (clause 4.5 names a commission of the association's members), and a head who
     * left leaves it without one.
     */
    @QueryHandler
    Optional<LabourCommissionView> handle(FindLabourCommissionQuery query) {
        List<LabourCommissionView.CommissionMember> members = jdbc.sql("""
                SELECT m.teacher_id, t.full_name FROM rm_labour_commission_member m
                JOIN rm_association_member a ON a.association_id = m.association_id AND a.teacher_id = m.teacher_id
                LEFT JOIN rm_teacher t ON t.teacher_id = m.teacher_id
                WHERE m.association_id = ? ORDER BY m.position""")
                .param(query.associationId())
                .query((rs, n) -> new LabourCommissionView.CommissionMember(rs.getString(1), rs.getString(2)))
                .list();
        return jdbc.sql("""
                SELECT a.teacher_id, t.full_name, c.protocol_number, c.protocol_date, c.formed_at
                FROM rm_labour_commission c
                LEFT JOIN rm_association_member a ON a.association_id = c.association_id AND a.teacher_id = c.head_id
                LEFT JOIN rm_teacher t ON t.teacher_id = a.teacher_id
                WHERE c.school_id = ? AND c.association_id = ?""")
                .params(query.schoolId(), query.associationId())
                .query((rs, n) -> new LabourCommissionView(query.associationId(), rs.getString(1), rs.getString(2),
                        members, new DocumentRef(rs.getString(3), rs.getObject(4, LocalDate.class)),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    @QueryHandler
    List<LabourCoefficientView> handle(FindLabourCoefficientsQuery query) {
        List<Row> rows = jdbc.sql("""
                SELECT c.member_id, member.full_name, c.period_from, c.period_to, c.value, c.revision, c.set_by,
                       setter.full_name, c.set_at
                FROM rm_labour_coefficient c
                LEFT JOIN rm_teacher member ON member.teacher_id = c.member_id
                LEFT JOIN rm_teacher setter ON setter.teacher_id = c.set_by
                WHERE c.school_id = ? AND c.association_id = ? AND c.school_year = ?
                ORDER BY c.period_from, c.period_to, member.full_name COLLATE kyrgyz, c.member_id, c.revision DESC""")
                .params(query.schoolId(), query.associationId(), query.schoolYear())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), new LabourCoefficientView.Earlier(rs.getBigDecimal(5),
                        rs.getInt(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant())))
                .list();
        return current(rows);
    }

    /** One assessment, with what identifies its member and period. */
    private record Row(String memberId, String memberName, LocalDate from, LocalDate to,
                       LabourCoefficientView.Earlier assessment) {

        boolean sameMemberAndPeriod(Row other) {
            return memberId.equals(other.memberId) && from.equals(other.from) && to.equals(other.to);
        }
    }

    /** Rows come latest revision first within each member and period: the first is in force, the rest it replaced. */
    private static List<LabourCoefficientView> current(List<Row> rows) {
        List<LabourCoefficientView> views = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            Row first = rows.get(i);
            List<LabourCoefficientView.Earlier> earlier = new ArrayList<>();
            int next = i + 1;
            while (next < rows.size() && rows.get(next).sameMemberAndPeriod(first)) {
                earlier.add(rows.get(next).assessment());
                next++;
            }
            LabourCoefficientView.Earlier inForce = first.assessment();
            views.add(new LabourCoefficientView(first.memberId(), first.memberName(), first.from(), first.to(),
                    inForce.value(), inForce.revision(), inForce.setById(), inForce.setByName(), inForce.setAt(),
                    List.copyOf(earlier)));
            i = next;
        }
        return views;
    }
}
