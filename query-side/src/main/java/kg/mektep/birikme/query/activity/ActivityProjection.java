package kg.mektep.birikme.query.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.activity.ActivityLog.Part;
import kg.mektep.birikme.api.activity.ActivityType;
import kg.mektep.birikme.api.activity.ExtracurricularEventRecordedEvent;
import kg.mektep.birikme.api.activity.LessonVisitRecordedEvent;
import kg.mektep.birikme.api.activity.OpenLessonAnalysedEvent;
import kg.mektep.birikme.api.activity.OpenLessonRecordedEvent;
import kg.mektep.birikme.api.activity.ReportHeardEvent;
import kg.mektep.birikme.api.activity.SeminarRecordedEvent;
import kg.mektep.birikme.api.activity.SubjectEventRecordedEvent;
import kg.mektep.birikme.api.activity.SubjectEventResultsRecordedEvent;
import kg.mektep.birikme.query.admin.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every activity of an association's year, who took part in it, its outcome, and the links of its seminars. */
@Component
@ProcessingGroup("activities")
@ReadModelTables({"rm_activity", "rm_activity_person", "rm_seminar_link"})
class ActivityProjection {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ActivityProjection(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One row of the log as first recorded; outcomes come later or, for visits, with it. */
    private record Row(String activityId, String schoolId, String associationId, int schoolYear, ActivityType kind,
                       LocalDate date, LocalDate endDate, String title, String subject, List<String> classNames,
                       boolean hasOutcome, String recordedBy) {
    }

    @EventHandler
    void on(SeminarRecordedEvent e) {
        insert(new Row(e.activityId(), e.schoolId(), e.associationId(), e.schoolYear(), ActivityType.SEMINAR, e.date(),
                null, e.topic(), null, List.of(), false, e.recordedBy()));
        people(e.activityId(), Part.LEADER, e.leaderIds());
        e.openLessonIds().forEach(lesson -> link(e.activityId(), lesson));
        e.extracurricularEventIds().forEach(event -> link(e.activityId(), event));
    }

    @EventHandler
    void on(OpenLessonRecordedEvent e) {
        insert(new Row(e.activityId(), e.schoolId(), e.associationId(), e.schoolYear(), ActivityType.OPEN_LESSON,
                e.date(), null, e.topic(), e.subject(), List.of(e.className()), true, e.recordedBy()));
        people(e.activityId(), Part.TEACHER, List.of(e.teacherId()));
        people(e.activityId(), Part.OBSERVER, e.observerIds());
        if (e.seminarId() != null) {
            link(e.seminarId(), e.activityId());
        }
    }

    @EventHandler
    void on(OpenLessonAnalysedEvent e) {
        jdbc.sql("UPDATE rm_activity SET outcome_date = ?, analysis = ? WHERE activity_id = ?")
                .params(e.date(), e.analysis(), e.activityId()).update();
        if (e.analystTeacherId() != null) {
            people(e.activityId(), Part.ANALYST, List.of(e.analystTeacherId()));
        }
    }

    @EventHandler
    void on(LessonVisitRecordedEvent e) {
        insert(new Row(e.activityId(), e.schoolId(), e.associationId(), e.schoolYear(), ActivityType.LESSON_VISIT,
                e.date(), null, e.topic(), null, List.of(e.className()), true, e.recordedBy()));
        jdbc.sql("UPDATE rm_activity SET outcome_date = ?, analysis = ? WHERE activity_id = ?")
                .params(e.date(), e.analysis(), e.activityId()).update();
        people(e.activityId(), Part.VISITING, List.of(e.visitingTeacherId()));
        people(e.activityId(), Part.VISITED, List.of(e.visitedTeacherId()));
    }

    @EventHandler
    void on(SubjectEventRecordedEvent e) {
        insert(new Row(e.activityId(), e.schoolId(), e.associationId(), e.schoolYear(), e.kind().type(), e.from(),
                e.to(), e.title(), e.subject(), List.of(), true, e.recordedBy()));
    }

    @EventHandler
    void on(SubjectEventResultsRecordedEvent e) {
        jdbc.sql("""
                UPDATE rm_activity SET outcome_date = ?, participants = ?, winners = CAST(? AS jsonb)
                WHERE activity_id = ?""")
                .params(e.date(), e.participants(), write(e.winners()), e.activityId()).update();
    }

    @EventHandler
    void on(ReportHeardEvent e) {
        insert(new Row(e.activityId(), e.schoolId(), e.associationId(), e.schoolYear(), e.kind().type(), e.date(), null,
                e.title(), null, List.of(), false, e.recordedBy()));
        jdbc.sql("UPDATE rm_activity SET protocol_number = ? WHERE activity_id = ?")
                .params(e.protocolNumber(), e.activityId()).update();
        people(e.activityId(), Part.REPORTER, List.of(e.teacherId()));
    }

    @EventHandler
    void on(ExtracurricularEventRecordedEvent e) {
        insert(new Row(e.activityId(), e.schoolId(), e.associationId(), e.schoolYear(),
                ActivityType.EXTRACURRICULAR_EVENT, e.date(), null, e.title(), null, e.classNames(), false,
                e.recordedBy()));
        people(e.activityId(), Part.RESPONSIBLE, e.responsibleIds());
        if (e.seminarId() != null) {
            link(e.seminarId(), e.activityId());
        }
    }

    private void insert(Row row) {
        jdbc.sql("""
                INSERT INTO rm_activity (activity_id, school_id, association_id, school_year, kind, date, end_date,
                                         title, subject, class_names, has_outcome, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (activity_id) DO NOTHING""")
                .params(row.activityId(), row.schoolId(), row.associationId(), row.schoolYear(), row.kind().name(),
                        row.date(), row.endDate(), row.title(), row.subject(), row.classNames().toArray(String[]::new),
                        row.hasOutcome(), row.recordedBy())
                .update();
    }

    private void people(String activityId, Part part, List<String> teacherIds) {
        for (int i = 0; i < teacherIds.size(); i++) {
            jdbc.sql("""
                    INSERT INTO rm_activity_person (activity_id, part, teacher_id, seq) VALUES (?, ?, ?, ?)
                    ON CONFLICT (activity_id, part, teacher_id) DO NOTHING""")
                    .params(activityId, part.name(), teacherIds.get(i), i).update();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Winners are records of text and numbers", e);
        }
    }

    private void link(String seminarId, String activityId) {
        jdbc.sql("INSERT INTO rm_seminar_link (seminar_id, activity_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(seminarId, activityId).update();
    }
}
