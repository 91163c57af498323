package kg.mektep.birikme.api.archive;

import java.time.LocalDate;

/**
 * A document whose next step falls due: {@code due} is DUE_FOR_TRANSFER or DUE_FOR_DISPOSAL, from
 * {@code dueOn}; {@code daysLeft} is zero or less once that day has come.
 */
public record ArchiveReminder(String documentId, DocumentKind kind, String associationId, String associationName,
                              int schoolYear, ArchiveStatus due, LocalDate dueOn, long daysLeft, String hold) {
}
