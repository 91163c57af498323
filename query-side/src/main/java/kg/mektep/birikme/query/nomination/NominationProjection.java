package kg.mektep.birikme.query.nomination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.nomination.FindNominationsQuery;
import kg.mektep.birikme.api.nomination.NominationDecidedEvent;
import kg.mektep.birikme.api.nomination.NominationForwardedEvent;
import kg.mektep.birikme.api.nomination.NominationKind;
import kg.mektep.birikme.api.nomination.NominationOutcome;
import kg.mektep.birikme.api.nomination.NominationProposedEvent;
import kg.mektep.birikme.api.nomination.NominationStatus;
import kg.mektep.birikme.api.nomination.NominationView;
import kg.mektep.birikme.query.admin.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Nominations and proposals of the associations, with the day and actor of each step. */
@Component
@ProcessingGroup("nominations")
@ReadModelTables({"rm_nomination"})
class NominationProjection {

    private final JdbcClient jdbc;

    NominationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NominationProposedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO rm_nomination (nomination_id, school_id, association_id, kind, nominee_id, text,
                                           protocol_number, protocol_date, status, proposed_at, proposed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?) ON CONFLICT (nomination_id) DO NOTHING""")
                .params(event.nominationId(), event.schoolId(), event.associationId(), event.kind().name(),
                        event.nomineeId(), event.text(), event.protocol().number(), event.protocol().date(),
                        java.sql.Timestamp.from(at), event.proposedBy())
                .update();
    }

    @EventHandler
    void on(NominationForwardedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                UPDATE rm_nomination SET status = 'FORWARDED', forwarded_at = ?, forwarded_by = ?
                WHERE nomination_id = ? AND status = 'PROPOSED'""")
                .params(java.sql.Timestamp.from(at), event.forwardedBy(), event.nominationId()).update();
    }

    @EventHandler
    void on(NominationDecidedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                UPDATE rm_nomination SET status = 'DECIDED', decided_at = ?, decided_by = ?, outcome = ?, note = ?
                WHERE nomination_id = ?""")
                .params(java.sql.Timestamp.from(at), event.decidedBy(), event.outcome().name(), event.note(),
                        event.nominationId())
                .update();
    }

    @QueryHandler
    List<NominationView> handle(FindNominationsQuery query) {
        StringBuilder sql = new StringBuilder("""
                SELECT n.*, a.name AS association_name, t.full_name AS nominee_name
                FROM rm_nomination n
                LEFT JOIN rm_association a ON a.association_id = n.association_id
                LEFT JOIN rm_teacher t ON t.teacher_id = n.nominee_id
                WHERE n.school_id = ?""");
        List<Object> params = new ArrayList<>(List.of(query.schoolId()));
        if (query.associationId() != null) {
            sql.append(" AND n.association_id = ?");
            params.add(query.associationId());
        }
        if (query.status() != null) {
            sql.append(" AND n.status = ?");
            params.add(query.status().name());
        }
        sql.append(" ORDER BY n.proposed_at, n.nomination_id");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> view(rs)).list();
    }

    private static NominationView view(ResultSet rs) throws SQLException {
        NominationKind kind = NominationKind.valueOf(rs.getString("kind"));
        String outcome = rs.getString("outcome");
        return new NominationView(rs.getString("nomination_id"), rs.getString("association_id"),
                rs.getString("association_name"), kind, kind.clause(), rs.getString("nominee_id"),
                rs.getString("nominee_name"), rs.getString("text"),
                new DocumentRef(rs.getString("protocol_number"), rs.getObject("protocol_date", LocalDate.class)),
                NominationStatus.valueOf(rs.getString("status")), instant(rs, "proposed_at"), rs.getString("proposed_by"),
                instant(rs, "forwarded_at"), rs.getString("forwarded_by"), instant(rs, "decided_at"),
                rs.getString("decided_by"), outcome == null ? null : NominationOutcome.valueOf(outcome),
                rs.getString("note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
