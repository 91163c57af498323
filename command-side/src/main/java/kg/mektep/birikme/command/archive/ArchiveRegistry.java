package kg.mektep.birikme.command.archive;

import java.util.Optional;
import kg.mektep.birikme.api.archive.RetainedDocument;

/**
 * What rules look up about retained documents (R12, clause 5.9): which documents a school has, and
 * which of them its archive holds, so that the aggregates that wrote a document refuse to change it.
 */
public interface ArchiveRegistry {

    /** A document of that school; another school's looks unknown. */
    Optional<RetainedDocument> document(String schoolId, String documentId);

    /** Handed over to the archive (and perhaps disposed of since): read-only. */
    boolean inArchive(String documentId);
}
