package kg.mektep.birikme.command.association;

import static kg.mektep.birikme.command.rules.Rules.orEmpty;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationDissolvedEvent;
import kg.mektep.birikme.api.association.AssociationReorganisedEvent;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import kg.mektep.birikme.api.association.ChairVacatedEvent;
import kg.mektep.birikme.api.association.MemberAddedEvent;
import kg.mektep.birikme.api.association.MemberRemovedEvent;
import kg.mektep.birikme.api.meeting.ProtocolCorrectedEvent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.Resolution;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.api.plan.IndividualPlanSubmittedEvent;
import kg.mektep.birikme.command.axon.RegistryGroup;
import kg.mektep.birikme.command.meeting.ResolutionCorrections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules' lookup tables of associations, plans and protocols, written in the transaction that stores the event. Their unique
 * keys settle a race: of two concurrent drafts of the same year's plan, one commits.
 */
@Component
@ProcessingGroup(RegistryGroup.NAME)
class JdbcAssociationRegistry implements AssociationRegistry {

    private final JdbcClient jdbc;

    JdbcAssociationRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AssociationFacts> association(String associationId) {
        List<String> members = jdbc.sql("SELECT teacher_id FROM registry_association_member WHERE association_id = ?")
                .param(associationId).query(String.class).list();
        return jdbc.sql("SELECT school_id, active, chair_id, opened_on FROM registry_association WHERE association_id = ?")
                .param(associationId)
                .query((rs, n) -> new AssociationFacts(associationId, rs.getString(1), rs.getBoolean(2),
                        new HashSet<>(members), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .optional();
    }

    @Override
    public boolean annualPlanExists(String associationId, int schoolYear) {
        return jdbc.sql("SELECT count(*) FROM registry_annual_plan WHERE association_id = ? AND school_year = ?")
                .params(associationId, schoolYear).query(Integer.class).single() > 0;
    }

    @Override
    public boolean individualPlanExists(String associationId, String teacherId, int schoolYear) {
        return jdbc.sql("""
                SELECT count(*) FROM registry_individual_plan
                WHERE association_id = ? AND teacher_id = ? AND school_year = ?""")
                .params(associationId, teacherId, schoolYear).query(Integer.class).single() > 0;
    }

    @Override
    public Optional<String> associationOfIndividualPlan(String planId) {
        return jdbc.sql("SELECT association_id FROM registry_individual_plan WHERE plan_id = ?")
                .param(planId).query(String.class).optional();
    }

    @Override
    public Optional<RecordedProtocol> protocol(String associationId, int schoolYear, int number) {
        return jdbc.sql("""
                SELECT number, date, quorate, recorded_at, plans_named FROM registry_protocol
                WHERE association_id = ? AND school_year = ? AND number = ?""")
                .params(associationId, schoolYear, number)
                .query((rs, n) -> {
                    Timestamp recordedAt = rs.getTimestamp(4);
                    return new RecordedProtocol(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3),
                            recordedAt == null ? null : recordedAt.toInstant(), rs.getBoolean(5));
                })
                .optional();
    }

    @Override
    public boolean protocolApprovesIndividualPlan(String associationId, int schoolYear, int number, String planId) {
        return jdbc.sql("""
                SELECT count(*) FROM registry_protocol_plan
                WHERE association_id = ? AND school_year = ? AND number = ? AND plan_id = ?""")
                .params(associationId, schoolYear, number, planId).query(Integer.class).single() > 0;
    }

    @EventHandler
    void on(ProtocolRecordedEvent event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO registry_protocol (association_id, school_year, number, date, quorate, recorded_at, plans_named)
                VALUES (?, ?, ?, ?, ?, ?, true)""")
                .params(event.associationId(), event.schoolYear(), event.number(), event.content().date(), event.quorate(),
                        Timestamp.from(recordedAt))
                .update();
        orEmpty(event.content().resolutions()).stream().map(Resolution::approvesIndividualPlanId).filter(Objects::nonNull).distinct()
                .forEach(planId -> jdbc.sql("""
                        INSERT INTO registry_protocol_plan (association_id, school_year, number, plan_id)
                        VALUES (?, ?, ?, ?)""")
                        .params(event.associationId(), event.schoolYear(), event.number(), planId).update());
    }

    /** A correction naming the plan a resolution approves (R8): the protocol approves that plan too. */
    @EventHandler
    void on(ProtocolCorrectedEvent event) {
        ResolutionCorrections.resolutionNamingPlan(event.field()).ifPresent(index -> jdbc.sql("""
                INSERT INTO registry_protocol_plan (association_id, school_year, number, plan_id) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(event.associationId(), event.schoolYear(), event.number(), event.correction().strip()).update());
    }

    @EventHandler
    void on(AssociationCreatedEvent event) {
        jdbc.sql("INSERT INTO registry_association (association_id, school_id, active, opened_on) VALUES (?, ?, true, ?)")
                .params(event.associationId(), event.schoolId(), event.order() == null ? null : event.order().date())
                .update();
        event.memberIds().forEach(teacherId -> join(event.associationId(), teacherId));
    }

    @EventHandler
    void on(MemberAddedEvent event) {
        join(event.associationId(), event.teacherId());
    }

    @EventHandler
    void on(MemberRemovedEvent event) {
        leave(event.associationId(), event.teacherId());
    }

    @EventHandler
    void on(AssociationReorganisedEvent event) {
        event.leftMemberIds().forEach(teacherId -> leave(event.associationId(), teacherId));
        event.joinedMemberIds().forEach(teacherId -> join(event.associationId(), teacherId));
    }

    @EventHandler
    void on(ChairElectedEvent event) {
        jdbc.sql("UPDATE registry_association SET chair_id = ? WHERE association_id = ?")
                .params(event.teacherId(), event.associationId()).update();
    }

    @EventHandler
    void on(ChairVacatedEvent event) {
        jdbc.sql("UPDATE registry_association SET chair_id = NULL WHERE association_id = ? AND chair_id = ?")
                .params(event.associationId(), event.teacherId()).update();
    }

    @EventHandler
    void on(AssociationDissolvedEvent event) {
        jdbc.sql("UPDATE registry_association SET active = false WHERE association_id = ?")
                .param(event.associationId()).update();
    }

    @EventHandler
    void on(AnnualPlanDraftedEvent event) {
        jdbc.sql("INSERT INTO registry_annual_plan (association_id, school_year, plan_id) VALUES (?, ?, ?)")
                .params(event.associationId(), event.schoolYear(), event.planId()).update();
    }

    @EventHandler
    void on(IndividualPlanSubmittedEvent event) {
        if (event.version() == 1) {
            jdbc.sql("""
                    INSERT INTO registry_individual_plan (association_id, teacher_id, school_year, plan_id)
                    VALUES (?, ?, ?, ?)""")
                    .params(event.associationId(), event.teacherId(), event.schoolYear(), event.planId()).update();
        }
    }

    private void join(String associationId, String teacherId) {
        jdbc.sql("INSERT INTO registry_association_member (association_id, teacher_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(associationId, teacherId).update();
    }

    private void leave(String associationId, String teacherId) {
        jdbc.sql("DELETE FROM registry_association_member WHERE association_id = ? AND teacher_id = ?")
                .params(associationId, teacherId).update();
    }
}
