package kg.mektep.birikme.query.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import kg.mektep.birikme.api.log.EventSummary;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.log.EventLogRowsCheck.RowKind;
import kg.mektep.birikme.query.log.EventLogRowsCheck.RowDisagreement;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holds every row of the event log (rm_event_log) against the event stored at its position: the
 * event is read from the event table, upcast and deserialized as the projection receives it, its
 * row derived again by the projection's own code, and compared column by column; then the day
 * spans a search by period reads (rm_event_log_day) are checked to cover every row. The chain
 * vouches for the events; this vouches that what inspectors search and export still says what the
 * events say. Both are walked in position order, a page at a time, never held whole.
 */
@Component
public class EventLogRowsVerification {

    private static final int PAGE = 500;
    private static final String ROW_COLUMNS = LogRow.COLUMNS + ", search_text";
    private static final String EVENT_COLUMNS = "globalindex, type, aggregateidentifier, sequencenumber, "
            + "eventidentifier, timestamp, payloadtype, payloadrevision, payload, metadata";
    /** Numbers equal by value (jsonb keeps a number's digits, Jackson its type); anything else by equality. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : a.equals(b) ? 0 : 1;
    /** PostgreSQL keeps a time to the microsecond, rounded. */
    private static final long HALF_A_MICROSECOND = 500;

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final EventLogProjection projection;
    /** Decimals read exactly, so that numbers compare by their value. */
    private final ObjectReader payloads;
    private final LongPredicate handled;

    @Autowired
    EventLogRowsVerification(JdbcClient jdbc, @Qualifier("eventSerializer") Serializer serializer,
                             List<EventUpcaster> upcasters, EventLogProjection projection, ObjectMapper json,
                             ReadPositions positions) {
        this(jdbc, serializer, new EventUpcasterChain(upcasters), projection, json,
                position -> positions.handled(EventLogProjection.GROUP, position));
    }

    /** {@code handled} tells whether the event log's projection has handled the event at a position. */
    EventLogRowsVerification(JdbcClient jdbc, Serializer serializer, EventUpcaster upcasters,
                             EventLogProjection projection, ObjectMapper json, LongPredicate handled) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.projection = projection;
        this.payloads = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.handled = handled;
    }

    /** Every row and every event up to the last position stored when the check began. */
    public EventLogRowsCheck verify() {
        long upTo = jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry").query(Long.class).single();
        // The upper bound applied here, not in the statements: with both bounds a table not yet analyzed looks
        // nearly empty between them, and PostgreSQL sorts every row after the page's start for each page.
        Paged<StoredEntry> events = new Paged<>(from -> jdbc.sql("SELECT " + EVENT_COLUMNS
                        + " FROM domainevententry WHERE globalindex >= ? ORDER BY globalindex LIMIT ?")
                .params(from, PAGE).query((rs, n) -> entry(rs)).list().stream()
                .takeWhile(event -> event.position() <= upTo).toList(), StoredEntry::position);
        Paged<StoredRow> rows = new Paged<>(from -> jdbc.sql("SELECT " + ROW_COLUMNS
                        + " FROM rm_event_log WHERE global_position >= ? ORDER BY global_position LIMIT ?")
                .params(from, PAGE).query((rs, n) -> storedRow(rs)).list().stream()
                .takeWhile(row -> row.row().position() <= upTo).toList(), row -> row.row().position());
        Walk walk = new Walk();
        while (true) {
            StoredEntry event = events.peek();
            StoredRow row = rows.peek();
            if (event == null && row == null) {
                break;
            }
            boolean rowOfThePage = true;
            if (event == null || (row != null && row.row().position() < event.position())) {
                // An event committed after the walk passed its position may have its row already.
                Optional<StoredEntry> late = eventAt(row.row().position());
                if (late.isEmpty()) {
                    return walk.brokenAt(row.row().position(), RowKind.INSERTED, null);
                }
                event = late.get();
            } else if (row == null || event.position() < row.row().position()) {
                events.advance();
                // Asked first: the projection writes a row in the transaction that moves it past its event, so
                // once it has handled the event the row is there, even if the page of rows was read before.
                if (!handled.test(event.position())) {
                    walk.pending++;
                    continue;
                }
                Optional<StoredRow> written = rowAt(event.position());
                if (written.isEmpty()) {
                    return walk.brokenAt(event.position(), RowKind.MISSING, null);
                }
                row = written.get();
                rowOfThePage = false;
            } else {
                events.advance();
            }
            DerivedLogRow derived;
            try {
                derived = derive(event);
            } catch (RuntimeException | JsonProcessingException unreadable) {
                return walk.brokenAt(event.position(), RowKind.UNREADABLE, null);
            }
            Optional<String> column = firstDifference(derived, row);
            if (column.isPresent()) {
                return walk.brokenAt(event.position(), RowKind.ALTERED, column.get());
            }
            walk.agree(event.position());
            if (rowOfThePage) {
                rows.advance();
            }
        }
        // A row past the last event when the check began belongs to an event appended since, if there is one.
        Long beyond = jdbc.sql("""
                SELECT min(global_position) FROM rm_event_log r
                WHERE global_position > ? AND NOT EXISTS (SELECT 1 FROM domainevententry e WHERE e.globalindex = r.global_position)""")
                .param(upTo).query(Long.class).optional().orElse(null);
        if (beyond != null) {
            return walk.brokenAt(beyond, RowKind.INSERTED, null);
        }
        Long uncovered = uncoveredDay(upTo);
        if (uncovered != null) {
            return walk.brokenAt(uncovered, RowKind.ALTERED, "rm_event_log_day");
        }
        return new EventLogRowsCheck(true, walk.position, walk.rows, walk.pending, null);
    }

    private Optional<StoredRow> rowAt(long position) {
        return jdbc.sql("SELECT " + ROW_COLUMNS + " FROM rm_event_log WHERE global_position = ?").param(position)
                .query((rs, n) -> storedRow(rs)).optional();
    }

    private static StoredRow storedRow(ResultSet rs) throws SQLException {
        return new StoredRow(LogRow.read(rs), rs.getString("search_text"));
    }

    /** The first position of the first day whose rows the day spans do not cover, if any. */
    private Long uncoveredDay(long upTo) {
        return jdbc.sql("""
                SELECT r.first_position
                FROM (SELECT (occurred_at AT TIME ZONE 'UTC')::date AS day, min(global_position) AS first_position,
                             max(global_position) AS last_position
                      FROM rm_event_log WHERE global_position <= ? GROUP BY 1) r
                LEFT JOIN rm_event_log_day d ON d.day = r.day
                WHERE d.day IS NULL OR d.first_position > r.first_position OR d.last_position < r.last_position
                ORDER BY r.first_position LIMIT 1""")
                .param(upTo).query(Long.class).optional().orElse(null);
    }

    private Optional<StoredEntry> eventAt(long position) {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM domainevententry WHERE globalindex = ?")
                .param(position).query((rs, n) -> entry(rs)).optional();
    }

    /** The event as the projection's processor hands it over, upcast and deserialized; its row derived from it. */
    private DerivedLogRow derive(StoredEntry event) throws JsonProcessingException {
        List<? extends TrackedEventMessage<?>> messages = EventUtils
                .upcastAndDeserializeTrackedEvents(Stream.of(event.entry()), serializer, upcasters).toList();
        if (messages.size() != 1) {
            throw new IllegalStateException("Event at " + event.position() + " upcast into " + messages.size());
        }
        TrackedEventMessage<?> message = messages.get(0);
        return projection.derive(message.getPayload(), message);
    }

    /** The first column in which the stored row differs from the derived one. */
    Optional<String> firstDifference(DerivedLogRow derived, StoredRow stored) {
        LogRow row = stored.row();
        long nanos = Duration.between(derived.time(), row.time()).abs().toNanos();
        String column = nanos > HALF_A_MICROSECOND ? "occurred_at"
                : !Objects.equals(derived.schoolId(), row.schoolId()) ? "school_id"
                : !Objects.equals(derived.associationId(), row.associationId()) ? "association_id"
                : !Objects.equals(derived.aggregateType(), row.aggregateType()) ? "aggregate_type"
                : !Objects.equals(derived.aggregateId(), row.aggregateId()) ? "aggregate_id"
                : !Objects.equals(derived.sequence(), row.sequence()) ? "sequence_number"
                : !Objects.equals(derived.eventId(), row.eventId()) ? "event_id"
                : !Objects.equals(derived.eventType(), row.eventType()) ? "event_type"
                : !Objects.equals(derived.revision(), row.revision()) ? "revision"
                : !Objects.equals(derived.actorId(), row.actorId()) ? "actor_id"
                : !Objects.equals(derived.actorRole(), row.actorRole()) ? "actor_role"
                : !Objects.equals(derived.correlationId(), row.correlationId()) ? "correlation_id"
                : !Objects.equals(derived.causationId(), row.causationId()) ? "causation_id"
                : summaryDifference(derived.summary(), row.summary());
        if (column == null && !Objects.equals(derived.searchText(), stored.searchText())) {
            column = "search_text";
        }
        if (column == null && !samePayload(derived.payload(), row.payload())) {
            column = "payload";
        }
        return Optional.ofNullable(column);
    }

    /** Whether the two JSON texts hold the same values; a stored text the service would not have written differs. */
    private boolean samePayload(String derived, String stored) {
        JsonNode expected;
        try {
            expected = payloads.readTree(derived);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The service's own JSON of an event cannot be read again", e);
        }
        try {
            return expected.equals(SAME_VALUE, payloads.readTree(stored));
        } catch (JsonProcessingException unlike) {
            // Text PostgreSQL took as JSON and Jackson refuses (a number of thousands of digits, say).
            return false;
        }
    }

    private static String summaryDifference(EventSummary derived, EventSummary stored) {
        return !Objects.equals(derived.ky(), stored.ky()) ? "summary_ky"
                : !Objects.equals(derived.ru(), stored.ru()) ? "summary_ru"
                : !Objects.equals(derived.en(), stored.en()) ? "summary_en"
                : null;
    }

    private static StoredEntry entry(ResultSet rs) throws SQLException {
        long position = rs.getLong(1);
        return new StoredEntry(position, new TrackedDomainEventData<>(GapAwareTrackingToken.newInstance(position,
                List.of()), new GenericDomainEventEntry<>(rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10))));
    }

    private record StoredEntry(long position, TrackedDomainEventData<byte[]> entry) {
    }

    /** A row as stored, with the search text the reads do not return. */
    record StoredRow(LogRow row, String searchText) {
    }

    /** How far rows and events agree. */
    private static final class Walk {
        long position;
        long rows;
        long pending;

        void agree(long at) {
            position = at;
            rows++;
        }

        EventLogRowsCheck brokenAt(long at, RowKind kind, String column) {
            return new EventLogRowsCheck(false, position, rows, pending, new RowDisagreement(at, kind, column));
        }
    }
}
