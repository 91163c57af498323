package kg.mektep.birikme.api.recordfile;

import java.time.LocalDate;
import java.util.List;

/**
 * R13 (clause 6): an association's record file of one school year, judged on {@code asOf} (today
 * in the school's time zone; the day of its dissolution for a dissolved association).
 * {@code inYear} is false for a year in which the association did not work (before its first
 * year or after its dissolution); then there are no items. {@code complete} holds when nothing
 * is missing or not yet due.
 */
public record RecordFile(String associationId, String associationName, int schoolYear, String schoolYearName,
                         LocalDate asOf, boolean inYear, boolean complete, List<RecordFileItem> items) {
}
