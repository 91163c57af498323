package kg.mektep.birikme.query.recordfile;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes of a registered document's file, read from the table the command side writes with the
 * event (both sides share one database in every deployment). Files do not travel over the query bus.
 */
@Component
class DocumentFiles {

    record StoredFile(String fileName, String contentType, String sha256, byte[] content) {
    }

    private final JdbcClient jdbc;

    DocumentFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The file of a document the read model knows, of this association and school; empty otherwise. */
    Optional<StoredFile> file(String schoolId, String associationId, String documentId) {
        return jdbc.sql("""
                SELECT d.file_name, f.content_type, f.sha256, f.content
                FROM rm_record_document d JOIN document_file f ON f.document_id = d.document_id
                WHERE d.document_id = ? AND d.association_id = ? AND d.school_id = ?""")
                .params(documentId, associationId, schoolId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }
}
