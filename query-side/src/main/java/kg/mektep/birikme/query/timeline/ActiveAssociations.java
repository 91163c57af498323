package kg.mektep.birikme.query.timeline;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.query.recordfile.AssociationYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The school's associations that still work, with the day each was created (the school's date of its
 * creation in the event log; null while the log has not caught up) and the date of the order that
 * opened it. A dissolved association takes no
 * more commands, so nothing of it can be overdue.
 */
@Component
class ActiveAssociations {

    record Active(String associationId, String name, String chairId, LocalDate createdOn, LocalDate openedOn) {

        /** Whether the association existed on that day (a creation not yet logged counts as long ago). */
        boolean existedOn(LocalDate day) {
            return createdOn == null || !createdOn.isAfter(day);
        }

        /**
         * Whether the association works in that school year, by the record file's rule: not if it was
         * opened in the summer for the year after (by its order, or, while that is not known, its creation).
         */
        boolean worksIn(int schoolYear) {
            LocalDate opened = openedOn != null ? openedOn : createdOn;
            return opened == null || AssociationYear.firstSchoolYearOf(opened) <= schoolYear;
        }

        /** The later of the day and the association's creation: nothing is due before it existed. */
        LocalDate notBeforeCreation(LocalDate day) {
            return createdOn != null && createdOn.isAfter(day) ? createdOn : day;
        }
    }

    private final JdbcClient jdbc;

    ActiveAssociations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Active> of(OverdueScope scope) {
        return jdbc.sql("""
                SELECT a.association_id, a.name, a.chair_id, a.opened_on,
                       (SELECT min(e.occurred_at) FROM rm_event_log e
                        WHERE e.association_id = a.association_id AND e.event_type = 'AssociationCreatedEvent') AS created_at
                FROM rm_association a WHERE a.school_id = ? AND a.status = 'ACTIVE'
                ORDER BY a.name COLLATE kyrgyz, a.association_id""")
                .param(scope.schoolId())
                .query((rs, n) -> {
                    Timestamp created = rs.getTimestamp("created_at");
                    return new Active(rs.getString("association_id"), rs.getString("name"), rs.getString("chair_id"),
                            created == null ? null : scope.dayOf(created.toInstant()),
                            rs.getObject("opened_on", LocalDate.class));
                })
                .list();
    }
}
