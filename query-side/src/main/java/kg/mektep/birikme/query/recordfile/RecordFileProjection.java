package kg.mektep.birikme.query.recordfile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kg.mektep.birikme.api.activity.ExtracurricularEventRecordedEvent;
import kg.mektep.birikme.api.activity.OpenLessonRecordedEvent;
import kg.mektep.birikme.api.activity.SeminarRecordedEvent;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationDissolvedEvent;
import kg.mektep.birikme.api.association.AssociationReorganisedEvent;
import kg.mektep.birikme.api.association.ChairConfirmedEvent;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import kg.mektep.birikme.api.association.ChairVacatedEvent;
import kg.mektep.birikme.api.association.MemberAddedEvent;
import kg.mektep.birikme.api.association.MemberRemovedEvent;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.control.ControlVisitRecordedEvent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.YearAnalysisRecordedEvent;
import kg.mektep.birikme.api.mentoring.MentorAssignedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanApprovedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.api.plan.MonthlyPlanConfirmedEvent;
import kg.mektep.birikme.api.plan.MonthlyPlanDraftedEvent;
import kg.mektep.birikme.api.recordfile.AttachedFile;
import kg.mektep.birikme.api.recordfile.DocumentRegisteredEvent;
import kg.mektep.birikme.query.admin.BatchedRows;
import kg.mektep.birikme.query.admin.GlobalPosition;
import kg.mektep.birikme.query.admin.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * The events an association's record file (R13, clause 6) and its compliance rest on, each fact
 * under the event's global position, and the documents kept outside the system as registered.
 * Every row stands alone, so events of different aggregates may arrive in any order; the rows of a
 * batch of events are written together when the batch commits ({@link BatchedRows}).
 */
@Component
@ReadModelTables(value = {"rm_record_evidence", "rm_record_document"},
        insertOnly = {"rm_record_evidence", "rm_record_document"})
@ProcessingGroup("record-file")
class RecordFileProjection {

    private final BatchedRows rows;

    RecordFileProjection(BatchedRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(AssociationCreatedEvent e, EventMessage<?> message, TrackingToken token) {
        Row row = row(message, token, e.schoolId(), e.associationId());
        row.fact(Fact.OPENED, null, e.order() == null ? null : e.order().date(), e.order() == null ? "" : e.order().number());
        e.memberIds().forEach(teacherId -> row.fact(Fact.MEMBER_JOINED, null, null, teacherId));
    }

    @EventHandler
    void on(AssociationReorganisedEvent e, EventMessage<?> message, TrackingToken token) {
        Row row = row(message, token, e.schoolId(), e.associationId());
        row.fact(Fact.REORGANISED, null, e.order() == null ? null : e.order().date(), e.order() == null ? "" : e.order().number());
        e.joinedMemberIds().forEach(teacherId -> row.fact(Fact.MEMBER_JOINED, null, null, teacherId));
        e.leftMemberIds().forEach(teacherId -> row.fact(Fact.MEMBER_LEFT, null, null, teacherId));
    }

    @EventHandler
    void on(AssociationDissolvedEvent e, EventMessage<?> message, TrackingToken token) {
        row(message, token, e.schoolId(), e.associationId()).fact(Fact.DISSOLVED, null,
                e.order() == null ? null : e.order().date(), e.order() == null ? "" : e.order().number());
    }

    @EventHandler
    void on(MemberAddedEvent e, EventMessage<?> message, TrackingToken token) {
        row(message, token, e.schoolId(), e.associationId()).fact(Fact.MEMBER_JOINED, null, null, e.teacherId());
    }

    @EventHandler
    void on(MemberRemovedEvent e, EventMessage<?> message, TrackingToken token) {
        row(message, token, e.schoolId(), e.associationId()).fact(Fact.MEMBER_LEFT, null, null, e.teacherId());
    }

    @EventHandler
    void on(ChairElectedEvent e, EventMessage<?> message, TrackingToken token) {
        row(message, token, e.schoolId(), e.associationId()).fact(Fact.CHAIR_ELECTED, null, e.meetingDate(), e.teacherId());
    }

    @EventHandler
    void on(ChairConfirmedEvent e, EventMessage<?> message, TrackingToken token) {
        row(message, token, e.schoolId(), e.associationId()).fact(Fact.CHAIR_CONFIRMED, null,
                e.order() == null ? null : e.order().date(), e.teacherId());
    }

    @EventHandler
    void on(ChairVacatedEvent e, EventMessage<?> message, TrackingToken token) {
        row(message, token, e.schoolId(), e.associationId()).fact(Fact.CHAIR_VACATED, null, null, e.teacherId());
    }

    @EventHandler
    void on(AnnualPlanDraftedEvent e, EventMessage<?> message, TrackingToken token) {
        row(message, token, e.schoolId(), e.associationId()).fact(Fact.PLAN_DRAFTED, e.schoolYear(), null, e.planId());
    }

    @EventHandler
    void on(AnnualPlanApprovedEvent e, EventMessage<?> message, TrackingToken token) {
        row(message, token, e.schoolId(), e.associationId()).fact(Fact.PLAN_APPROVED, e.schoolYear(), null,
                e.planId() + "/" + e.version());
    }

    /** A month's plan drafted again after its confirmation stands unconfirmed until confirmed anew. */
    @EventHandler
    void on(MonthlyPlanDraftedEvent e, EventMessage<?> message, TrackingToken token) {
        month(row(message, token, e.schoolId(), e.associationId()), Fact.MONTH_DRAFTED, e.month());
    }

    @EventHandler
    void on(MonthlyPlanConfirmedEvent e, EventMessage<?> message, TrackingToken token) {
        month(row(message, token, e.schoolId(), e.associationId()), Fact.MONTH_CONFIRMED, e.month());
    }

    private static void month(Row row, Fact fact, YearMonth month) {
        LocalDate first = month.atDay(1);
        row.fact(fact, SchoolYear.containing(first).startYear(), first, month.toString());
    }

    @EventHandler
    void on(ProtocolRecordedEvent e, EventMessage<?> message, TrackingToken token) {
        Row row = row(message, token, e.schoolId(), e.associationId());
        row.quorate = e.quorate();
        row.fact(Fact.PROTOCOL, e.schoolYear(), e.content().date(), String.valueOf(e.number()));
    }

    @EventHandler
    void on(YearAnalysisRecordedEvent e, EventMessage<?> message, TrackingToken token) {
        row(message, token, e.schoolId(), e.associationId()).fact(Fact.YEAR_ANALYSIS, e.schoolYear(), null,
                String.valueOf(e.number()));
    }

    @EventHandler
    void on(ControlVisitRecordedEvent e, EventMessage<?> message, TrackingToken token) {
        row(message, token, e.schoolId(), e.associationId()).fact(Fact.CONTROL_VISIT,
                SchoolYear.containing(e.date()).startYear(), e.date(), e.visitId());
    }

    @EventHandler
    void on(SeminarRecordedEvent e, EventMessage<?> message, TrackingToken token) {
        Row row = row(message, token, e.schoolId(), e.associationId());
        row.linked.addAll(e.openLessonIds() == null ? List.of() : e.openLessonIds());
        row.linked.addAll(e.extracurricularEventIds() == null ? List.of() : e.extracurricularEventIds());
        row.fact(Fact.SEMINAR, e.schoolYear(), e.date(), e.activityId());
    }

    @EventHandler
    void on(OpenLessonRecordedEvent e, EventMessage<?> message, TrackingToken token) {
        Row row = row(message, token, e.schoolId(), e.associationId());
        if (e.seminarId() != null) {
            row.linked.add(e.seminarId());
        }
        row.fact(Fact.OPEN_LESSON, e.schoolYear(), e.date(), e.activityId());
    }

    @EventHandler
    void on(ExtracurricularEventRecordedEvent e, EventMessage<?> message, TrackingToken token) {
        Row row = row(message, token, e.schoolId(), e.associationId());
        if (e.seminarId() != null) {
            row.linked.add(e.seminarId());
        }
        row.fact(Fact.EXTRACURRICULAR_EVENT, e.schoolYear(), e.date(), e.activityId());
    }

    @EventHandler
    void on(MentorAssignedEvent e, EventMessage<?> message, TrackingToken token) {
        Row row = row(message, token, e.schoolId(), e.associationId());
        row.linked.add(e.mentorId());
        row.fact(Fact.MENTOR_ASSIGNED, null, e.since(), e.menteeId());
    }

    @EventHandler
    void on(DocumentRegisteredEvent e, EventMessage<?> message, TrackingToken token) {
        Row row = row(message, token, e.schoolId(), e.associationId());
        row.fact(Fact.DOCUMENT_REGISTERED, null, e.date(), e.documentId());
        AttachedFile file = e.file();
        rows.add("""
                        INSERT INTO rm_record_document (document_id, school_id, association_id, kind, title, date,
                                                        reference, file_name, content_type, size, sha256, registered_at,
                                                        registered_by, global_position)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s) ON CONFLICT (document_id) DO NOTHING"""
                        .formatted(row.position.sql()),
                e.documentId(), e.schoolId(), e.associationId(), e.kind().name(), e.title(), e.date(), e.reference(),
                file == null ? null : file.fileName(), file == null ? null : file.contentType(),
                file == null ? null : file.size(), file == null ? null : file.sha256(), row.recordedAt,
                e.registeredBy(), row.position.value());
    }

    private Row row(EventMessage<?> message, TrackingToken token, String schoolId, String associationId) {
        // The event's own global position: not always the token's (see GlobalPosition).
        return new Row(message.getIdentifier(), message.getPayloadType().getSimpleName(), GlobalPosition.of(message, token),
                OffsetDateTime.ofInstant(message.getTimestamp(), ZoneOffset.UTC), schoolId, associationId);
    }

    /** The facts of one event, written as they are named; writing them again (a replay) changes nothing. */
    private final class Row {
        private final String eventId;
        private final String eventType;
        private final GlobalPosition position;
        private final OffsetDateTime recordedAt;
        private final String schoolId;
        private final String associationId;
        private final List<String> linked = new ArrayList<>();
        private Boolean quorate;

        private Row(String eventId, String eventType, GlobalPosition position, OffsetDateTime recordedAt, String schoolId,
                    String associationId) {
            this.eventId = eventId;
            this.eventType = eventType;
            this.position = position;
            this.recordedAt = recordedAt;
            this.schoolId = schoolId;
            this.associationId = associationId;
        }

        private Row fact(Fact fact, Integer schoolYear, LocalDate day, String ref) {
            rows.add("""
                            INSERT INTO rm_record_evidence (event_id, fact, ref, global_position, event_type, school_id,
                                                            association_id, school_year, recorded_at, day, quorate, linked)
                            VALUES (?, ?, ?, %s, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""".formatted(position.sql()),
                    eventId, fact.name(), ref == null ? "" : ref, position.value(), eventType, schoolId, associationId,
                    schoolYear, recordedAt, day, quorate, linked.toArray(String[]::new));
            return this;
        }
    }
}
