package kg.mektep.birikme.query.meeting;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import kg.mektep.birikme.api.meeting.MeetingScheduledEvent;
import kg.mektep.birikme.api.meeting.ProtocolCorrectedEvent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.ResolutionCompletedEvent;
import kg.mektep.birikme.api.meeting.YearAnalysisRecordedEvent;
import kg.mektep.birikme.query.admin.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The protocol register of each association and year. Idempotent: a replay changes nothing. */
@Component
@ProcessingGroup(ProtocolProjection.GROUP)
@ReadModelTables({"rm_protocol", "rm_protocol_correction", "rm_resolution_done", "rm_meeting", "rm_year_analysis"})
class ProtocolProjection {

    static final String GROUP = "protocols";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ProtocolProjection(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(MeetingScheduledEvent event, @MessageIdentifier String eventId) {
        jdbc.sql("""
                INSERT INTO rm_meeting (event_id, association_id, school_id, school_year, date, agenda)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb)) ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, event.associationId(), event.schoolId(), event.schoolYear(), event.date(),
                        write(event.agenda()))
                .update();
    }

    @EventHandler
    void on(ProtocolRecordedEvent event) {
        jdbc.sql("""
                INSERT INTO rm_protocol (association_id, school_id, school_year, number, date, quorate, members, content,
                                         content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?) ON CONFLICT DO NOTHING""")
                .params(event.associationId(), event.schoolId(), event.schoolYear(), event.number(),
                        event.content().date(), event.quorate(), event.members(), write(event.content()),
                        event.contentHash())
                .update();
    }

    @EventHandler
    void on(ProtocolCorrectedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at,
            @MetaDataValue(ACTOR_ID) String actorId) {
        jdbc.sql("""
                INSERT INTO rm_protocol_correction (event_id, association_id, school_year, number, field, correction,
                                                    reason, at, by_user)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, event.associationId(), event.schoolYear(), event.number(), event.field(),
                        event.correction(), event.reason(), java.sql.Timestamp.from(at), actorId)
                .update();
    }

    @EventHandler
    void on(ResolutionCompletedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO rm_resolution_done (association_id, school_year, number, resolution, done_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.associationId(), event.schoolYear(), event.number(), event.resolution(),
                        java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(YearAnalysisRecordedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO rm_year_analysis (association_id, school_id, school_year, number, analysis, recommendations,
                                              deputy_id, at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.associationId(), event.schoolId(), event.schoolYear(), event.number(), event.analysis(),
                        write(event.recommendations()), event.deputyId(), java.sql.Timestamp.from(at))
                .update();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A recorded protocol is always writable as JSON", e);
        }
    }
}
