package kg.mektep.birikme.command.archive;

import static kg.mektep.birikme.command.rules.Rules.require;

import kg.mektep.birikme.api.common.Refusal;

/** Clause 5.9: a document handed over to the archive is kept as it was handed over; nothing changes it. */
public final class ReadOnlyArchive {

    private ReadOnlyArchive() {
    }

    public static void requireNotInArchive(ArchiveRegistry archive, String documentId) {
        require(!archive.inArchive(documentId), Refusal.DOCUMENT_IN_ARCHIVE, documentId);
    }
}
