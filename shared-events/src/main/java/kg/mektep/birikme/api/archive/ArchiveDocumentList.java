package kg.mektep.birikme.api.archive;

import java.util.List;
import java.util.Map;

/**
 * Documents matching the filters, by school year, association and kind. Only when counting asked:
 * {@code total}, the number of them, and {@code byStatus}, how many of those matching every filter
 * but the status stand in each status.
 */
public record ArchiveDocumentList(List<ArchiveDocumentView> documents, Long total, Map<ArchiveStatus, Long> byStatus) {
}
