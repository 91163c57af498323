package kg.mektep.birikme.command.axon;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.IdentifierFactory;

/**
 * Identifiers of events and new aggregates as time-ordered UUIDs (version 7 of RFC 9562): 48 bits of
 * Unix milliseconds, a 12-bit counter within the millisecond, 62 random bits. Random (version 4)
 * identifiers land on a random page of the event table's unique index, so once the store outgrows
 * memory every append reads and rewrites a cold index page; ordered ones are appended at the index's
 * right edge, and the append rate stays flat as the store grows. Strictly increasing within one
 * process, so also in their text form; the random part keeps two processes apart.
 * Registered for Axon through {@code META-INF/services}.
 */
public final class TimeOrderedIdentifiers extends IdentifierFactory {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong LAST = new AtomicLong();

    @Override
    public String generateIdentifier() {
        return next().toString();
    }

    /** The next identifier; when more than 4,096 are taken in one millisecond the next millisecond is borrowed. */
    static UUID next() {
        long millisAndCounter = LAST.updateAndGet(last -> Math.max(System.currentTimeMillis() << 12, last + 1));
        long millis = millisAndCounter >>> 12;
        long counter = millisAndCounter & 0xFFF;
        long mostSignificant = (millis << 16) | 0x7000L | counter;
        long leastSignificant = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
