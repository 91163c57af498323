package kg.mektep.birikme.api.recordfile;

import java.time.LocalDate;
import java.util.List;

/**
 * One of the eleven documents of clause 6 in a school year: its status, the day it was due by
 * (null where nothing is due), what is missing (months, protocol numbers, the order of the chair
 * named) and what came late, the events that bear it out and, for documents kept outside the
 * system, the documents registered.
 */
public record RecordFileItem(String clause, RecordFileKind kind, DocumentStatus status, LocalDate dueBy,
                             List<String> missing, List<String> late, List<Evidence> evidence,
                             List<RegisteredDocument> documents) {
}
