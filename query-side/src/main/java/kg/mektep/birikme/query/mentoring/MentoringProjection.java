package kg.mektep.birikme.query.mentoring;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.mentoring.FindMentorshipsQuery;
import kg.mektep.birikme.api.mentoring.MentorAssignedEvent;
import kg.mektep.birikme.api.mentoring.MentoringSessionRecordedEvent;
import kg.mektep.birikme.api.mentoring.MentorshipView;
import kg.mektep.birikme.query.admin.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Young teachers, their mentors and the sessions recorded; whether a mentor still mentors, the record file tells. */
@Component
@ProcessingGroup("mentoring")
@ReadModelTables({"rm_mentorship", "rm_mentoring_session"})
class MentoringProjection {

    private final JdbcClient jdbc;

    MentoringProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MentorAssignedEvent event) {
        jdbc.sql("""
                INSERT INTO rm_mentorship (mentorship_id, school_id, association_id, mentee_id, mentor_id, since)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (mentorship_id) DO NOTHING""")
                .params(event.mentorshipId(), event.schoolId(), event.associationId(), event.menteeId(), event.mentorId(),
                        event.since())
                .update();
    }

    @EventHandler
    void on(MentoringSessionRecordedEvent event, @MessageIdentifier String eventId) {
        jdbc.sql("""
                INSERT INTO rm_mentoring_session (event_id, mentorship_id, date, subject) VALUES (?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, event.mentorshipId(), event.date(), event.subject()).update();
    }

    /**
     * A mentor mentors while a member of the association (clause 3.17): the mentorship ends on the day
     * the mentor left, by the record file's facts of membership, and stands again if they rejoin.
     */
    @QueryHandler
    List<MentorshipView> handle(FindMentorshipsQuery query) {
        return jdbc.sql("""
                SELECT m.mentorship_id, m.mentee_id, mentee.full_name, m.mentor_id, mentor.full_name, m.since,
                       (SELECT count(*) FROM rm_mentoring_session s WHERE s.mentorship_id = m.mentorship_id),
                       (SELECT max(s.date) FROM rm_mentoring_session s WHERE s.mentorship_id = m.mentorship_id),
                       CASE WHEN membership.fact = 'MEMBER_LEFT'
                            THEN (membership.recorded_at AT TIME ZONE coalesce(school.time_zone, 'Asia/Bishkek'))::date
                       END
                FROM rm_mentorship m
                LEFT JOIN rm_teacher mentee ON mentee.teacher_id = m.mentee_id
                LEFT JOIN rm_teacher mentor ON mentor.teacher_id = m.mentor_id
                LEFT JOIN rm_school school ON school.school_id = m.school_id
                LEFT JOIN LATERAL (SELECT e.fact, e.recorded_at FROM rm_record_evidence e
                                   WHERE e.association_id = m.association_id AND e.ref = m.mentor_id
                                     AND e.fact IN ('MEMBER_JOINED', 'MEMBER_LEFT')
                                   ORDER BY e.global_position DESC, e.fact DESC LIMIT 1) membership ON true
                WHERE m.school_id = ? AND m.association_id = ? ORDER BY mentee.full_name COLLATE kyrgyz, m.mentorship_id""")
                .params(query.schoolId(), query.associationId())
                .query((rs, n) -> new MentorshipView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class)))
                .list();
    }
}
