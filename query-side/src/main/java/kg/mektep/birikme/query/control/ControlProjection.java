package kg.mektep.birikme.query.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.control.ControlTopic;
import kg.mektep.birikme.api.control.ControlVisitRecordedEvent;
import kg.mektep.birikme.api.control.ControlVisitView;
import kg.mektep.birikme.api.control.FindControlVisitsQuery;
import kg.mektep.birikme.query.admin.ReadModelTables;
import kg.mektep.birikme.query.school.SchoolDay;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Control visits with their follow-ups: checked by a later visit on the same topic, or else due or
 * overdue as of today in the school's time zone ({@link FollowUps}).
 */
@Component
@ProcessingGroup("control")
@ReadModelTables({"rm_control_visit"})
class ControlProjection {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    ControlProjection(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @EventHandler
    void on(ControlVisitRecordedEvent event) throws JsonProcessingException {
        jdbc.sql("""
                INSERT INTO rm_control_visit (visit_id, school_id, association_id, topic, date, findings, recommendations,
                                              follow_up, deputy_id)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?) ON CONFLICT (visit_id) DO NOTHING""")
                .params(event.visitId(), event.schoolId(), event.associationId(), event.topic().name(), event.date(),
                        event.findings(), json.writeValueAsString(event.recommendations()), event.followUp(),
                        event.deputyId())
                .update();
    }

    @QueryHandler
    List<ControlVisitView> handle(FindControlVisitsQuery query) {
        return jdbc.sql("""
                SELECT v.*, v.recommendations::text AS recommendations_json, s.time_zone,
                       %s AS checked_by, a.status = 'DISSOLVED' AS dissolved
                FROM rm_control_visit v LEFT JOIN rm_school s ON s.school_id = v.school_id
                     LEFT JOIN rm_association a ON a.association_id = v.association_id
                WHERE v.school_id = ? AND v.association_id = ? ORDER BY v.date, v.visit_id""".formatted(FollowUps.CHECKED_BY))
                .params(query.schoolId(), query.associationId())
                .query((rs, n) -> {
                    LocalDate followUp = rs.getObject("follow_up", LocalDate.class);
                    LocalDate today = SchoolDay.today(clock, rs.getString("time_zone"));
                    String checkedBy = rs.getString("checked_by");
                    // A dissolved association is controlled no more: what was not checked is closed.
                    String status = checkedBy != null ? "CHECKED" : rs.getBoolean("dissolved") ? "CLOSED"
                            : followUp.isBefore(today) ? "OVERDUE" : "DUE";
                    return new ControlVisitView(rs.getString("visit_id"), ControlTopic.valueOf(rs.getString("topic")),
                            rs.getObject("date", LocalDate.class), rs.getString("findings"),
                            List.of(read(rs.getString("recommendations_json"))), followUp, status, checkedBy,
                            rs.getString("deputy_id"));
                })
                .list();
    }

    private String[] read(String text) {
        try {
            return json.readValue(text, String[].class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored recommendations are JSON the projection wrote", e);
        }
    }
}
