package kg.mektep.birikme.query.archive;

import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.archive.DisposalActRecordedEvent;
import kg.mektep.birikme.api.archive.DocumentHoldLiftedEvent;
import kg.mektep.birikme.api.archive.DocumentHoldPlacedEvent;
import kg.mektep.birikme.api.archive.DocumentKind;
import kg.mektep.birikme.api.archive.RetainedDocument;
import kg.mektep.birikme.api.archive.RetentionTerms;
import kg.mektep.birikme.api.archive.TransferActRecordedEvent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.YearAnalysisRecordedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.query.admin.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention clock of every document (R12, clause 5.9): known from the event that first writes
 * it, handed over and disposed of by the archive's acts, held and released. The archive's events
 * name each document in full, and every handler first makes sure the document's row exists: the
 * events of a protocol book and of the school's archive may be processed in either order by
 * different segments, as in a replay.
 */
@Component
@ReadModelTables("rm_archive_document")
@ProcessingGroup("archive")
class ArchiveProjection {

    private final JdbcClient jdbc;

    ArchiveProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProtocolRecordedEvent event) {
        known(event.schoolId(), new RetainedDocument(ArchiveDocuments.protocolsOf(event.associationId(),
                event.schoolYear()), DocumentKind.PROTOCOLS, event.associationId(), event.schoolYear()));
    }

    @EventHandler
    void on(AnnualPlanDraftedEvent event) {
        known(event.schoolId(), new RetainedDocument(ArchiveDocuments.annualPlan(event.planId()),
                DocumentKind.ANNUAL_PLAN, event.associationId(), event.schoolYear()));
    }

    @EventHandler
    void on(YearAnalysisRecordedEvent event) {
        known(event.schoolId(), new RetainedDocument(ArchiveDocuments.yearAnalysisOf(event.associationId(),
                event.schoolYear()), DocumentKind.YEAR_ANALYSIS, event.associationId(), event.schoolYear()));
    }

    @EventHandler
    void on(TransferActRecordedEvent event) {
        for (RetainedDocument document : event.documents()) {
            known(event.schoolId(), document);
            jdbc.sql("""
                    UPDATE rm_archive_document
                    SET transfer_act_id = ?, transfer_act_number = ?, transferred_on = ?, disposal_due_on = ?
                    WHERE document_id = ?""")
                    .params(event.actId(), event.number(), event.date(), RetentionTerms.disposalDueOn(event.date()),
                            document.documentId())
                    .update();
        }
    }

    @EventHandler
    void on(DisposalActRecordedEvent event) {
        for (RetainedDocument document : event.documents()) {
            known(event.schoolId(), document);
            jdbc.sql("""
                    UPDATE rm_archive_document SET disposal_act_id = ?, disposal_act_number = ?, disposed_on = ?
                    WHERE document_id = ?""")
                    .params(event.actId(), event.number(), event.date(), document.documentId())
                    .update();
        }
    }

    @EventHandler
    void on(DocumentHoldPlacedEvent event) {
        known(event.schoolId(), new RetainedDocument(event.documentId(), event.kind(), event.associationId(),
                event.schoolYear()));
        jdbc.sql("UPDATE rm_archive_document SET hold_reason = ? WHERE document_id = ?")
                .params(event.reason(), event.documentId()).update();
    }

    @EventHandler
    void on(DocumentHoldLiftedEvent event) {
        jdbc.sql("UPDATE rm_archive_document SET hold_reason = NULL WHERE document_id = ?")
                .param(event.documentId()).update();
    }

    private void known(String schoolId, RetainedDocument document) {
        jdbc.sql("""
                INSERT INTO rm_archive_document (document_id, school_id, association_id, kind, school_year,
                                                 transfer_due_on)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (document_id) DO NOTHING""")
                .params(document.documentId(), schoolId, document.associationId(), document.kind().name(),
                        document.schoolYear(), RetentionTerms.transferDueOn(document.schoolYear()))
                .update();
    }
}
