package kg.mektep.birikme.api.recordfile;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** {@code file} is null for a document registered without its file; the bytes are never in the event. */
@Revision("1")
public record DocumentRegisteredEvent(String documentId, String schoolId, String associationId, RecordFileKind kind,
                                      String title, LocalDate date, String reference, AttachedFile file,
                                      String registeredBy) {
}
