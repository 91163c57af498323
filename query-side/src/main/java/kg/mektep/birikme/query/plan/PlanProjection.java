package kg.mektep.birikme.query.plan;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ROLE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import kg.mektep.birikme.api.plan.AnnualPlanApprovedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanReturnedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanRevisedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanSubmittedEvent;
import kg.mektep.birikme.api.plan.IndividualPlanApprovedEvent;
import kg.mektep.birikme.api.plan.IndividualPlanSubmittedEvent;
import kg.mektep.birikme.api.plan.MonthlyPlanConfirmedEvent;
import kg.mektep.birikme.api.plan.MonthlyPlanDraftedEvent;
import kg.mektep.birikme.query.admin.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Current plans, every version's text, and the approval audit. Idempotent: replays change nothing. */
@Component
@ProcessingGroup(PlanProjection.GROUP)
@ReadModelTables({"rm_annual_plan", "rm_annual_plan_version", "rm_monthly_plan", "rm_individual_plan", "rm_plan_audit"})
class PlanProjection {

    static final String GROUP = "plans";

    /** A plan with a version in force is amended while a newer version waits. */
    private static final String PENDING = "CASE WHEN version_in_force IS NULL THEN ? ELSE 'AMENDED_AWAITING_APPROVAL' END";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PlanProjection(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(AnnualPlanDraftedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO rm_annual_plan (plan_id, school_id, association_id, school_year, status, current_version)
                VALUES (?, ?, ?, ?, 'DRAFT', ?) ON CONFLICT (plan_id) DO NOTHING""")
                .params(event.planId(), event.schoolId(), event.associationId(), event.schoolYear(), event.version())
                .update();
        version(event.planId(), event.version(), event.content(), event.contentHash(), at);
    }

    @EventHandler
    void on(AnnualPlanRevisedEvent event, @Timestamp Instant at) {
        version(event.planId(), event.version(), event.content(), event.contentHash(), at);
        jdbc.sql("UPDATE rm_annual_plan SET current_version = ?, status = " + PENDING + " WHERE plan_id = ?")
                .params(event.version(), "DRAFT", event.planId()).update();
    }

    @EventHandler
    void on(AnnualPlanSubmittedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(ACTOR_ID) String actorId, @MetaDataValue(ACTOR_ROLE) String actorRole) {
        jdbc.sql("UPDATE rm_annual_plan SET status = " + PENDING + " WHERE plan_id = ?")
                .params("SUBMITTED", event.planId()).update();
        audit(eventId, at, sequence, event.planId(), "ANNUAL", submission(event.planId(), eventId), event.version(),
                event.contentHash(), actorId, actorRole, null);
    }

    @EventHandler
    void on(AnnualPlanReturnedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(ACTOR_ID) String actorId, @MetaDataValue(ACTOR_ROLE) String actorRole) {
        jdbc.sql("UPDATE rm_annual_plan SET status = " + PENDING + " WHERE plan_id = ?")
                .params("RETURNED", event.planId()).update();
        audit(eventId, at, sequence, event.planId(), "ANNUAL", "RETURNED", event.version(), hashOf(event.planId(), event.version()),
                actorId, actorRole, event.comments());
    }

    @EventHandler
    void on(AnnualPlanApprovedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.sql("""
                UPDATE rm_annual_plan SET status = 'APPROVED', version_in_force = ?, approver_id = ?, approved_at = ?
                WHERE plan_id = ?""")
                .params(event.version(), event.approverId(), java.sql.Timestamp.from(at), event.planId()).update();
        audit(eventId, at, sequence, event.planId(), "ANNUAL", "APPROVED", event.version(), event.contentHash(),
                event.approverId(), event.approverRole(), null);
    }

    @EventHandler
    void on(MonthlyPlanDraftedEvent event) {
        jdbc.sql("""
                INSERT INTO rm_monthly_plan (plan_id, month, items, status) VALUES (?, ?, CAST(? AS jsonb), 'DRAFT')
                ON CONFLICT (plan_id, month) DO UPDATE SET items = excluded.items, status = 'DRAFT'""")
                .params(event.planId(), event.month().toString(), write(event.items())).update();
    }

    @EventHandler
    void on(MonthlyPlanConfirmedEvent event) {
        jdbc.sql("UPDATE rm_monthly_plan SET status = 'CONFIRMED' WHERE plan_id = ? AND month = ?")
                .params(event.planId(), event.month().toString()).update();
    }

    @EventHandler
    void on(IndividualPlanSubmittedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(ACTOR_ID) String actorId, @MetaDataValue(ACTOR_ROLE) String actorRole) {
        jdbc.sql("""
                INSERT INTO rm_individual_plan (plan_id, school_id, association_id, teacher_id, school_year, status,
                                                version, content, content_hash)
                VALUES (?, ?, ?, ?, ?, 'SUBMITTED', ?, CAST(? AS jsonb), ?)
                ON CONFLICT (plan_id) DO UPDATE SET status = 'SUBMITTED', version = excluded.version,
                    content = excluded.content, content_hash = excluded.content_hash""")
                .params(event.planId(), event.schoolId(), event.associationId(), event.teacherId(), event.schoolYear(),
                        event.version(), write(event.content()), event.contentHash())
                .update();
        audit(eventId, at, sequence, event.planId(), "INDIVIDUAL", event.version() == 1 ? "SUBMITTED" : "RESUBMITTED",
                event.version(), event.contentHash(), actorId, actorRole, null);
    }

    @EventHandler
    void on(IndividualPlanApprovedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at, @SequenceNumber long sequence) {
        jdbc.sql("UPDATE rm_individual_plan SET status = 'APPROVED' WHERE plan_id = ? AND version = ?")
                .params(event.planId(), event.version()).update();
        audit(eventId, at, sequence, event.planId(), "INDIVIDUAL", "APPROVED", event.version(), event.contentHash(),
                event.approverId(), event.approverRole(),
                "protocol " + event.protocol().number() + " of " + event.protocol().date());
    }

    private void version(String planId, int version, Object content, String hash, Instant at) {
        jdbc.sql("""
                INSERT INTO rm_annual_plan_version (plan_id, version, content, content_hash, created_at)
                VALUES (?, ?, CAST(? AS jsonb), ?, ?) ON CONFLICT (plan_id, version) DO NOTHING""")
                .params(planId, version, write(content), hash, java.sql.Timestamp.from(at)).update();
    }

    /** A submission after an earlier one of the same plan is a resubmission. */
    private String submission(String planId, String eventId) {
        boolean earlier = jdbc.sql("""
                SELECT count(*) FROM rm_plan_audit WHERE plan_id = ? AND action IN ('SUBMITTED', 'RESUBMITTED')
                AND event_id <> ?""").params(planId, eventId).query(Integer.class).single() > 0;
        return earlier ? "RESUBMITTED" : "SUBMITTED";
    }

    private String hashOf(String planId, int version) {
        return jdbc.sql("SELECT content_hash FROM rm_annual_plan_version WHERE plan_id = ? AND version = ?")
                .params(planId, version).query(String.class).optional().orElse(null);
    }

    private void audit(String eventId, Instant at, long sequence, String planId, String kind, String action, int version, String hash,
                       String actorId, String actorRole, String comments) {
        String plans = kind.equals("ANNUAL") ? "rm_annual_plan" : "rm_individual_plan";
        jdbc.sql("""
                INSERT INTO rm_plan_audit (event_id, at, sequence_number, plan_id, plan_kind, school_id, association_id,
                                           school_year, action, version, content_hash, actor_id, actor_role, comments)
                SELECT ?, ?, ?, plan_id, ?, school_id, association_id, school_year, ?, ?, ?, ?, ?, ?
                FROM %s WHERE plan_id = ?
                ON CONFLICT (event_id) DO NOTHING""".formatted(plans))
                .params(eventId, java.sql.Timestamp.from(at), sequence, kind, action, version, hash, actorId, actorRole, comments, planId)
                .update();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan that was stored as JSON is always writable as JSON", e);
        }
    }
}
