package kg.mektep.birikme.api.archive;

import java.time.LocalDate;
import kg.mektep.birikme.api.common.DocumentRef;

/**
 * A retained document as it stands today in the school's time zone: when it falls due for transfer,
 * the transfer act that handed it over (number and date, the day its archive years begin), when it
 * falls due for disposal review, the disposal act, and the reason of a hold standing on it.
 */
public record ArchiveDocumentView(String documentId, DocumentKind kind, String associationId, String associationName,
                                  int schoolYear, ArchiveStatus status, LocalDate transferDueOn, DocumentRef transferAct,
                                  LocalDate disposalDueOn, DocumentRef disposalAct, String hold) {
}
