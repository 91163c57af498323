package kg.mektep.birikme.api.admin;

import java.time.Instant;

/**
 * One rebuild of a projection. While it runs ({@code outcome} {@code RUNNING}) it tells how far the
 * new copy has come, how fast, and about how long is left; a rebuild a restart interrupted tells the
 * position it resumed from. Then {@code COMPLETED} or {@code CANCELLED}, with when and by whom.
 */
public record RebuildView(String outcome, Instant startedAt, String startedBy, Long position, Long head,
                          Double eventsPerSecond, Long secondsLeft, Long resumedFrom, String error,
                          Instant endedAt, String endedBy) {
}
