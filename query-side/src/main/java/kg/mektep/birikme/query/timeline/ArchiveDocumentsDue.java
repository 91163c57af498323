package kg.mektep.birikme.query.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kg.mektep.birikme.api.archive.DocumentKind;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.timeline.OverdueKind;
import kg.mektep.birikme.api.timeline.OverdueLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R12 (clause 5.9): documents whose three years at school ended without an act handing them to the
 * archive, and documents whose ten years in the archive ended without a disposal act and that no
 * hold keeps (no act may dispose of a document under a hold), as the archive status read model keeps
 * them. A document stays overdue in every later year until an act names it (or a hold is placed on
 * it); the director records the acts, so no teacher is named responsible.
 */
@Component
class ArchiveDocumentsDue implements OverdueSource {

    private final JdbcClient jdbc;

    ArchiveDocumentsDue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Overdue> overdue(OverdueScope scope) {
        LocalDate until = scope.today().isAfter(scope.year().lastDay()) ? scope.year().lastDay().plusDays(1)
                : scope.today();
        List<Overdue> due = new ArrayList<>();
        due.addAll(jdbc.sql("""
                SELECT d.document_id, d.association_id, a.name, d.kind, d.school_year, d.transfer_due_on AS due
                FROM rm_archive_document d LEFT JOIN rm_association a ON a.association_id = d.association_id
                WHERE d.school_id = :school AND d.transferred_on IS NULL AND d.transfer_due_on < :until""")
                .param("school", scope.schoolId()).param("until", until)
                .query((rs, n) -> overdue(OverdueKind.DOCUMENT_TRANSFER_DUE, rs.getObject("due", LocalDate.class),
                        rs.getString("association_id"), rs.getString("name"), rs.getString("document_id"),
                        rs.getString("kind"), rs.getInt("school_year")))
                .list());
        due.addAll(jdbc.sql("""
                SELECT d.document_id, d.association_id, a.name, d.kind, d.school_year, d.disposal_due_on AS due
                FROM rm_archive_document d LEFT JOIN rm_association a ON a.association_id = d.association_id
                WHERE d.school_id = :school AND d.transferred_on IS NOT NULL AND d.disposed_on IS NULL
                  AND d.hold_reason IS NULL AND d.disposal_due_on < :until""")
                .param("school", scope.schoolId()).param("until", until)
                .query((rs, n) -> overdue(OverdueKind.DOCUMENT_DISPOSAL_DUE, rs.getObject("due", LocalDate.class),
                        rs.getString("association_id"), rs.getString("name"), rs.getString("document_id"),
                        rs.getString("kind"), rs.getInt("school_year")))
                .list());
        return due;
    }

    private static Overdue overdue(OverdueKind kind, LocalDate due, String associationId, String name,
                                   String documentId, String documentKind, int schoolYear) {
        return new Overdue(kind, due, associationId, name, new OverdueLinks(null, null, null, null, null, documentId),
                List.of(), List.of(DocumentKind.valueOf(documentKind), new SchoolYear(schoolYear).toString()));
    }
}
