package kg.mektep.birikme.query.association;

import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationDissolvedEvent;
import kg.mektep.birikme.api.association.AssociationReorganisedEvent;
import kg.mektep.birikme.api.association.ChairConfirmedEvent;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import kg.mektep.birikme.api.association.ChairVacatedEvent;
import kg.mektep.birikme.api.association.MemberAddedEvent;
import kg.mektep.birikme.api.association.MemberRemovedEvent;
import kg.mektep.birikme.query.admin.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The list of associations per school and the member list of each. Every statement is idempotent,
 * so handling an event twice (a replay) leaves the same rows.
 */
@Component
@ProcessingGroup(AssociationProjection.GROUP)
@ReadModelTables({"rm_association", "rm_association_member"})
class AssociationProjection {

    static final String GROUP = "associations";

    private final JdbcClient jdbc;

    AssociationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AssociationCreatedEvent event) {
        jdbc.sql("""
                INSERT INTO rm_association (association_id, school_id, name, kind, educational_areas, subjects, status,
                                            opened_on)
                VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)
                ON CONFLICT (association_id) DO UPDATE
                SET name = excluded.name, kind = excluded.kind, educational_areas = excluded.educational_areas,
                    subjects = excluded.subjects, opened_on = excluded.opened_on""")
                .params(event.associationId(), event.schoolId(), event.name(), event.kind().name(),
                        event.educationalAreas().toArray(String[]::new), event.subjects().toArray(String[]::new),
                        event.order() == null ? null : event.order().date())
                .update();
        event.memberIds().forEach(teacherId -> addMember(event.associationId(), teacherId));
    }

    @EventHandler
    void on(MemberAddedEvent event) {
        addMember(event.associationId(), event.teacherId());
    }

    @EventHandler
    void on(MemberRemovedEvent event) {
        removeMember(event.associationId(), event.teacherId());
    }

    @EventHandler
    void on(ChairElectedEvent event) {
        jdbc.sql("UPDATE rm_association SET chair_id = ?, chair_elected_on = ?, chair_confirmed = false WHERE association_id = ?")
                .params(event.teacherId(), event.meetingDate(), event.associationId()).update();
    }

    @EventHandler
    void on(ChairConfirmedEvent event) {
        jdbc.sql("UPDATE rm_association SET chair_confirmed = true WHERE association_id = ? AND chair_id = ?")
                .params(event.associationId(), event.teacherId()).update();
    }

    @EventHandler
    void on(ChairVacatedEvent event) {
        jdbc.sql("""
                UPDATE rm_association SET chair_id = NULL, chair_elected_on = NULL, chair_confirmed = false
                WHERE association_id = ? AND chair_id = ?""")
                .params(event.associationId(), event.teacherId()).update();
    }

    @EventHandler
    void on(AssociationReorganisedEvent event) {
        jdbc.sql("""
                UPDATE rm_association SET name = ?, kind = ?, educational_areas = ?, subjects = ?
                WHERE association_id = ?""")
                .params(event.name(), event.kind().name(), event.educationalAreas().toArray(String[]::new),
                        event.subjects().toArray(String[]::new), event.associationId())
                .update();
        event.leftMemberIds().forEach(teacherId -> removeMember(event.associationId(), teacherId));
        event.joinedMemberIds().forEach(teacherId -> addMember(event.associationId(), teacherId));
    }

    @EventHandler
    void on(AssociationDissolvedEvent event) {
        jdbc.sql("UPDATE rm_association SET status = 'DISSOLVED' WHERE association_id = ?")
                .param(event.associationId()).update();
    }

    private void addMember(String associationId, String teacherId) {
        jdbc.sql("INSERT INTO rm_association_member (association_id, teacher_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(associationId, teacherId).update();
    }

    private void removeMember(String associationId, String teacherId) {
        jdbc.sql("DELETE FROM rm_association_member WHERE association_id = ? AND teacher_id = ?")
                .params(associationId, teacherId).update();
    }
}
