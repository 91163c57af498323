package kg.mektep.birikme.api.log;

import org.axonframework.serialization.Revision;

/**
 * A reader took the log of a school out of the system: one such event per school an export covers,
 * all with the same {@code exportId}. The export holds the matches up to {@code throughPosition}.
 * Who exported is in the metadata, as for every event.
 */
@Revision("1")
public record EventLogExportedEvent(String exportId, String schoolId, String format, EventLogFilter filter,
                                    long throughPosition) {
}
