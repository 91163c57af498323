package kg.mektep.birikme.query.attestation;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.attestation.AttestationKind;
import kg.mektep.birikme.api.attestation.AttestationMaterialApprovedEvent;
import kg.mektep.birikme.api.attestation.AttestationMaterialSubmittedEvent;
import kg.mektep.birikme.api.attestation.AttestationMaterialView;
import kg.mektep.birikme.api.attestation.FindAttestationMaterialsQuery;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.query.admin.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Attestation material per association and year, with the meeting that approved it. */
@Component
@ProcessingGroup("attestation")
@ReadModelTables({"rm_attestation_material"})
class AttestationProjection {

    private final JdbcClient jdbc;

    AttestationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AttestationMaterialSubmittedEvent event) {
        jdbc.sql("""
                INSERT INTO rm_attestation_material (material_id, school_id, association_id, school_year, kind, subject,
                                                     class_name, title, author_teacher_id, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED') ON CONFLICT (material_id) DO NOTHING""")
                .params(event.materialId(), event.schoolId(), event.associationId(), event.schoolYear(),
                        event.kind().name(), event.subject(), event.className(), event.title(), event.authorTeacherId())
                .update();
    }

    @EventHandler
    void on(AttestationMaterialApprovedEvent event) {
        jdbc.sql("""
                UPDATE rm_attestation_material SET status = 'APPROVED', protocol_number = ?, protocol_date = ?
                WHERE material_id = ?""")
                .params(event.protocol().number(), event.protocol().date(), event.materialId()).update();
    }

    @QueryHandler
    List<AttestationMaterialView> handle(FindAttestationMaterialsQuery query) {
        return jdbc.sql("""
                SELECT m.*, t.full_name FROM rm_attestation_material m
                LEFT JOIN rm_teacher t ON t.teacher_id = m.author_teacher_id
                WHERE m.school_id = ? AND m.association_id = ? AND m.school_year = ?
                ORDER BY m.kind, m.class_name, m.subject, m.material_id""")
                .params(query.schoolId(), query.associationId(), query.schoolYear())
                .query((rs, n) -> new AttestationMaterialView(rs.getString("material_id"),
                        AttestationKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("class_name"),
                        rs.getString("title"), rs.getString("author_teacher_id"), rs.getString("full_name"),
                        rs.getString("status"), rs.getString("protocol_number") == null ? null
                        : new DocumentRef(rs.getString("protocol_number"), rs.getObject("protocol_date", LocalDate.class))))
                .list();
    }
}
