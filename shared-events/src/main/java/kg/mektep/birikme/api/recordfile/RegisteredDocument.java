package kg.mektep.birikme.api.recordfile;

import java.time.Instant;
import java.time.LocalDate;

/** A document kept outside the system as registered in the record file; {@code file} is null without a file. */
public record RegisteredDocument(String documentId, String associationId, RecordFileKind kind, String title,
                                 LocalDate date, String reference, AttachedFile file, Instant registeredAt,
                                 String registeredBy, long position) {
}
