package kg.mektep.birikme.api.archive;

import java.time.LocalDate;
import java.util.List;

/** Today in the school's time zone, the horizon looked ahead, and what falls due by its end, soonest first. */
public record ArchiveReminders(LocalDate today, int horizonDays, List<ArchiveReminder> reminders) {
}
