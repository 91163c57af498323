package kg.mektep.birikme.standalone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves forward by hand. */
final class MovableClock extends Clock {

    private volatile Instant now;

    MovableClock() {
        this(Instant.now());
    }

    MovableClock(Instant start) {
        now = start;
    }

    /** Moves to nine in the morning of that day in Bishkek; never backwards. */
    void moveTo(java.time.LocalDate day) {
        Instant morning = day.atTime(9, 0).atZone(ZoneId.of("Asia/Bishkek")).toInstant();
        if (morning.isBefore(now)) {
            throw new IllegalArgumentException("The clock does not go back: " + day);
        }
        now = morning;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
