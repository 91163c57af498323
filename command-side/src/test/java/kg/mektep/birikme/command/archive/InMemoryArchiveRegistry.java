package kg.mektep.birikme.command.archive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.mektep.birikme.api.archive.DocumentKind;
import kg.mektep.birikme.api.archive.RetainedDocument;

/** The archive registry kept in memory, for aggregate tests: the documents a test sets up, nothing else. */
public final class InMemoryArchiveRegistry implements ArchiveRegistry {

    private final Map<List<String>, RetainedDocument> documents = new HashMap<>();
    private final Set<String> inArchive = new HashSet<>();

    public InMemoryArchiveRegistry withDocument(String schoolId, String documentId, DocumentKind kind,
                                                String associationId, int schoolYear) {
        documents.put(List.of(schoolId, documentId), new RetainedDocument(documentId, kind, associationId, schoolYear));
        return this;
    }

    /** The document as handed over to the archive by an act committed before the command. */
    public InMemoryArchiveRegistry handedOver(String documentId) {
        inArchive.add(documentId);
        return this;
    }

    @Override
    public Optional<RetainedDocument> document(String schoolId, String documentId) {
        return Optional.ofNullable(documents.get(List.of(schoolId, documentId)));
    }

    @Override
    public boolean inArchive(String documentId) {
        return inArchive.contains(documentId);
    }
}
