package kg.mektep.birikme.api.admin;

import java.util.List;

/**
 * A projection as an administrator sees it: {@code RUNNING}, {@code REBUILDING} (its reads still
 * come from the copy it had) or {@code STOPPED}; the global position it has reached and the head of
 * the event log; the tables it owns; its dead letters; and the rebuild under way or the last one.
 */
public record ProjectionStatus(String name, String status, long position, long head, List<String> tables,
                               long deadLetters, RebuildView rebuild) {
}
