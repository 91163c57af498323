package kg.mektep.birikme.api.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A school year of a school, an association or a teacher: the overdue items first (longest overdue
 * first, judged on {@code today} in the school's time zone), then a page of the year's entries in
 * time order ({@code next} is the cursor of the following page, null after the last), the
 * {@code total} of entries in the year and their count per month ({@code YYYY-MM}, September to
 * August). {@code associations} is given in the school's timeline only.
 */
public record Timeline(TimelineScope scope, String id, String name, int schoolYear, String schoolYearName,
                       LocalDate today, List<OverdueItem> overdue, List<TimelineEntry> entries, Long next, long total,
                       Map<String, Long> months, List<TimelineAssociation> associations) {
}
