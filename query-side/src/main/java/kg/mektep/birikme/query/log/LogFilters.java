package kg.mektep.birikme.query.log;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import kg.mektep.birikme.api.common.StorableText;
import kg.mektep.birikme.api.log.EventLogFilter;
import kg.mektep.birikme.api.log.PageDirection;
import kg.mektep.birikme.query.security.Reader;
import org.springframework.stereotype.Component;

/** Reads and checks the parameters of a log read; whatever it cannot read is a bad request. */
@Component
class LogFilters {

    /** Days in a filter are days in Kyrgyzstan, whose schools keep this one zone. */
    static final ZoneId DAYS = ZoneId.of("Asia/Bishkek");
    static final int MAX_LIMIT = 500;
    static final int DEFAULT_LIMIT = 50;
    private static final int MAX_WORDS = 10;
    private static final int MAX_TEXT = 255;
    /** The start of the record's first day and the end of its last, in Bishkek. */
    private static final Instant EARLIEST = StorableText.EARLIEST_DAY.atStartOfDay(DAYS).toInstant();
    private static final Instant LATEST = StorableText.LATEST_DAY.plusDays(1).atStartOfDay(DAYS).toInstant();

    private final Set<String> eventTypes;

    LogFilters(EventSummaries summaries) {
        this.eventTypes = summaries.eventTypes();
    }

    EventLogFilter filter(Reader reader, LogParameters given) {
        List<String> schools = LogScope.schools(reader, present(given.school()));
        List<String> types = present(given.type());
        for (String type : types) {
            if (!eventTypes.contains(type)) {
                throw new InvalidLogFilterException("type", type);
            }
        }
        Instant since = given.since() == null ? null : instant("since", given.since(), false);
        Instant until = given.until() == null ? null : instant("until", given.until(), true);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new InvalidLogFilterException("until", given.until());
        }
        return new EventLogFilter(schools, text("association", given.association()), types,
                text("actor", given.actor()), since, until, text("correlation", given.correlation()), words(given.q()));
    }

    /** The values of a repeatable parameter, an empty one (as a blank form field sends) left out. */
    private static List<String> present(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> !value.isBlank()).map(String::strip).toList();
    }

    static PageDirection direction(String given) {
        if (given == null || given.equalsIgnoreCase("forward")) {
            return PageDirection.FORWARD;
        }
        if (given.equalsIgnoreCase("backward")) {
            return PageDirection.BACKWARD;
        }
        throw new InvalidLogFilterException("direction", given);
    }

    static int limit(Integer given) {
        if (given == null) {
            return DEFAULT_LIMIT;
        }
        if (given < 1 || given > MAX_LIMIT) {
            throw new InvalidLogFilterException("limit", given.toString());
        }
        return given;
    }

    static Long cursor(Long given) {
        if (given != null && given < 0) {
            throw new InvalidLogFilterException("cursor", given.toString());
        }
        return given;
    }

    /**
     * An instant with its offset, or a day: its start, or for the end of a period the start of the next.
     * Either within the days the record holds, in Bishkek ({@link StorableText#EARLIEST_DAY} to
     * {@link StorableText#LATEST_DAY}), which Java's days and the database's dates hold too.
     */
    private static Instant instant(String name, String given, boolean endOfPeriod) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(given).toInstant();
        } catch (DateTimeException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(given);
                instant = (endOfPeriod ? day.plusDays(1) : day).atStartOfDay(DAYS).toInstant();
            } catch (DateTimeException notADay) {
                throw new InvalidLogFilterException(name, given);
            }
        }
        // A period starts within the record's days and ends within them (its end is exclusive).
        if (endOfPeriod ? !instant.isAfter(EARLIEST) || instant.isAfter(LATEST)
                : instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw new InvalidLogFilterException(name, given);
        }
        return instant;
    }

    private static String text(String name, String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        if (given.length() > MAX_TEXT) {
            throw new InvalidLogFilterException(name, given.substring(0, 40) + "…");
        }
        return given.strip();
    }

    private static List<String> words(String given) {
        if (given == null || given.isBlank()) {
            return List.of();
        }
        List<String> words = Arrays.stream(StorableText.nfc(given).strip().split("\\s+")).distinct().toList();
        if (words.size() > MAX_WORDS || given.length() > MAX_TEXT) {
            throw new InvalidLogFilterException("q", given.length() > 40 ? given.substring(0, 40) + "…" : given);
        }
        return words;
    }
}
