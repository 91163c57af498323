package kg.mektep.birikme.api.log;

/**
 * One page of the event log, answered with an {@link EventLogPage}. {@code cursor} is a global
 * position, exclusive; without one, FORWARD starts at the oldest event and BACKWARD at the newest.
 */
public record FindEventLogQuery(EventLogFilter filter, Long cursor, PageDirection direction, int limit, boolean count) {
}
