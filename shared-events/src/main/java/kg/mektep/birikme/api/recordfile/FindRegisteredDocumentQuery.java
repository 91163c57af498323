package kg.mektep.birikme.api.recordfile;

/** One registered document of an association, answered with an optional {@link RegisteredDocument}. */
public record FindRegisteredDocumentQuery(String schoolId, String associationId, String documentId) {
}
