package kg.mektep.birikme.api.archive;

/** The documents of the school falling due within {@code horizonDays}, answered with {@link ArchiveReminders}. */
public record FindArchiveRemindersQuery(String schoolId, int horizonDays) {
}
