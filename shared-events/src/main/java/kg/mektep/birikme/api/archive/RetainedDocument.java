package kg.mektep.birikme.api.archive;

/** A document the archive follows: what it is, whose it is, and the school year in which it was closed. */
public record RetainedDocument(String documentId, DocumentKind kind, String associationId, int schoolYear) {
}
