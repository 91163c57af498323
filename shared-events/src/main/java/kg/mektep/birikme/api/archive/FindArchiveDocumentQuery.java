package kg.mektep.birikme.api.archive;

/** One retained document of the school, answered with an optional {@link ArchiveDocumentView}. */
public record FindArchiveDocumentQuery(String schoolId, String documentId) {
}
