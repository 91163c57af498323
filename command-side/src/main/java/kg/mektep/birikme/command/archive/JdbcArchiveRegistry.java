package kg.mektep.birikme.command.archive;

import java.util.Optional;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.archive.DocumentKind;
import kg.mektep.birikme.api.archive.RetainedDocument;
import kg.mektep.birikme.api.archive.TransferActRecordedEvent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.YearAnalysisRecordedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.command.axon.RegistryGroup;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retained documents of every school and whether the archive holds them, written in the
 * transaction that stores the event: a document is known to the archive from the event that first
 * writes it, and read-only from the commit of the act that hands it over (and for good: disposal does not bring it back). The archive's own
 * decisions (due, held, disposed) rest on the school's archive aggregate, not on this table.
 */
@Component
@ProcessingGroup(RegistryGroup.NAME)
class JdbcArchiveRegistry implements ArchiveRegistry {

    private final JdbcClient jdbc;

    JdbcArchiveRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RetainedDocument> document(String schoolId, String documentId) {
        return jdbc.sql("""
                SELECT document_id, kind, association_id, school_year FROM registry_archive_document
                WHERE document_id = ? AND school_id = ?""")
                .params(documentId, schoolId)
                .query((rs, n) -> new RetainedDocument(rs.getString(1), DocumentKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getInt(4)))
                .optional();
    }

    @Override
    public boolean inArchive(String documentId) {
        return jdbc.sql("SELECT count(*) FROM registry_archive_document WHERE document_id = ? AND in_archive")
                .param(documentId).query(Integer.class).single() > 0;
    }

    @EventHandler
    void on(ProtocolRecordedEvent event) {
        known(ArchiveDocuments.protocolsOf(event.associationId(), event.schoolYear()), event.schoolId(),
                DocumentKind.PROTOCOLS, event.associationId(), event.schoolYear());
    }

    @EventHandler
    void on(AnnualPlanDraftedEvent event) {
        known(ArchiveDocuments.annualPlan(event.planId()), event.schoolId(), DocumentKind.ANNUAL_PLAN,
                event.associationId(), event.schoolYear());
    }

    @EventHandler
    void on(YearAnalysisRecordedEvent event) {
        known(ArchiveDocuments.yearAnalysisOf(event.associationId(), event.schoolYear()), event.schoolId(),
                DocumentKind.YEAR_ANALYSIS, event.associationId(), event.schoolYear());
    }

    @EventHandler
    void on(TransferActRecordedEvent event) {
        event.documents().forEach(document -> jdbc.sql(
                        "UPDATE registry_archive_document SET in_archive = true WHERE document_id = ?")
                .param(document.documentId()).update());
    }

    private void known(String documentId, String schoolId, DocumentKind kind, String associationId, int schoolYear) {
        jdbc.sql("""
                INSERT INTO registry_archive_document (document_id, school_id, kind, association_id, school_year)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (document_id) DO NOTHING""")
                .params(documentId, schoolId, kind.name(), associationId, schoolYear).update();
    }
}
