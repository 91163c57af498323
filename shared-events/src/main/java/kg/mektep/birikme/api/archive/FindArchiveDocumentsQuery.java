package kg.mektep.birikme.api.archive;

/**
 * The school's retained documents, answered with an {@link ArchiveDocumentList}; each filter is
 * optional (null: any). With {@code count} the answer also counts them.
 */
public record FindArchiveDocumentsQuery(String schoolId, String associationId, ArchiveStatus status, DocumentKind kind,
                                        boolean count) {
}
