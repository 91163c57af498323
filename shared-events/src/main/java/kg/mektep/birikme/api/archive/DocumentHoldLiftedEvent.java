package kg.mektep.birikme.api.archive;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DocumentHoldLiftedEvent(String archiveId, String schoolId, String associationId, String documentId,
                                      DocumentKind kind, int schoolYear, String reason) {
}
