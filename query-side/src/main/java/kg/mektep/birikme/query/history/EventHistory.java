package kg.mektep.birikme.query.history;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.postgresql.PGStatement;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the events of an association's aggregates from the event store's table itself (never a
 * snapshot, never a read model), in the order of the global log.
 */
@Component
class EventHistory {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    EventHistory(JdbcClient jdbc, JdbcTemplate jdbcTemplate, @Qualifier("eventSerializer") Serializer serializer,
                 List<EventUpcaster> upcasters) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.serializer = serializer;
        this.upcasters = new EventUpcasterChain(upcasters);
    }

    /** One stored event with its global position. */
    record Replayed(long position, DomainEventMessage<?> message) {

        Object payload() {
            return message.getPayload();
        }
    }

    /** The association's aggregate and those whose events concern it (plans, meetings, ...). */
    Set<String> aggregatesOf(String associationId) {
        Set<String> aggregates = new LinkedHashSet<>();
        aggregates.add(associationId);
        aggregates.addAll(jdbc.sql("SELECT aggregate_id FROM rm_association_stream WHERE association_id = ?")
                .param(associationId).query(String.class).list());
        return aggregates;
    }

    /** The aggregates as of what a reader asked for: see {@link #lastPosition} and {@link #ofAggregates}. */
    AsOf asOf(Set<String> aggregateIds, String schoolId, LocalDate at, Long position) {
        long last = lastPosition(aggregateIds, schoolId, at, position);
        return new AsOf(last, ofAggregates(aggregateIds, last));
    }

    /** Events read up to a position, with the first event of each aggregate even when it came later. */
    record AsOf(long lastPosition, List<Replayed> events) {

        /** The events up to the position, in global order. */
        List<Replayed> upToLast() {
            return events.stream().takeWhile(event -> event.position() <= lastPosition).toList();
        }
    }

    /**
     * The last global position a reader asked for: the given position, or the position before the
     * first event (in global order) stamped after the end of the given day in the school's zone, or
     * the end of the log when neither is given.
     */
    private long lastPosition(Set<String> aggregateIds, String schoolId, LocalDate at, Long position) {
        if (position != null) {
            return position;
        }
        if (at == null) {
            return Long.MAX_VALUE;
        }
        String zone = jdbc.sql("SELECT time_zone FROM rm_school WHERE school_id = ?").param(schoolId)
                .query(String.class).optional().orElse("Asia/Bishkek");
        Instant end = at.plusDays(1).atStartOfDay(ZoneId.of(zone)).toInstant();
        // PostgreSQL reads the stored ISO-8601 times itself: no payload after the day is fetched, and no
        // time is parsed here.
        Long firstAfter = jdbc.sql("""
                SELECT globalindex FROM domainevententry
                WHERE aggregateidentifier = ANY (?) AND timestamp::timestamptz >= ?
                ORDER BY globalindex LIMIT 1""")
                .params(aggregateIds.toArray(String[]::new), end.atOffset(ZoneOffset.UTC))
                .query(Long.class).optional().orElse(null);
        return firstAfter == null ? Long.MAX_VALUE : firstAfter - 1;
    }

    /**
     * The aggregates' events up to the given position, and the first event of each (what the
     * aggregate is, even when it came later). One query, upcast and deserialized the way the event
     * store does it (payloads stay serialized until a fold reads them), then put in global order
     * here: sorted by the database, thousands of rows would spill to disk.
     */
    private List<Replayed> ofAggregates(Set<String> aggregateIds, long lastPosition) {
        Map<String, Map<Long, Long>> positions = new HashMap<>();
        List<DomainEventData<byte[]>> entries = new ArrayList<>();
        jdbcTemplate.query(connection -> {
                    PreparedStatement statement = connection.prepareStatement("""
                            SELECT globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, timestamp,
                                   payloadtype, payloadrevision, payload, metadata
                            FROM domainevententry
                            WHERE aggregateidentifier = ANY (?) AND (globalindex <= ? OR sequencenumber = 0)""");
                    // Rows in binary from the first execution on each connection: in text, the driver's
                    // default for a statement's first five runs, every payload travels hex-encoded, at twice
                    // its size, and is decoded again here (thousands of them per state).
                    if (statement.isWrapperFor(PGStatement.class)) {
                        statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
                    }
                    statement.setArray(1, connection.createArrayOf("varchar", aggregateIds.toArray()));
                    statement.setLong(2, lastPosition);
                    return statement;
                }, rs -> {
                    String aggregateId = rs.getString(3);
                    long sequence = rs.getLong(4);
                    positions.computeIfAbsent(aggregateId, id -> new HashMap<>()).put(sequence, rs.getLong(1));
                    entries.add(new GenericDomainEventEntry<>(rs.getString(2), aggregateId, sequence, rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10)));
                });
        List<Replayed> replayed = new ArrayList<>(entries.size());
        EventStreamUtils.upcastAndDeserializeDomainEvents(entries.stream(), serializer, upcasters).asStream()
                .forEach(message -> replayed.add(new Replayed(positions.get(message.getAggregateIdentifier())
                        .get(message.getSequenceNumber()), message)));
        replayed.sort(Comparator.comparingLong(Replayed::position));
        return replayed;
    }

    /** Names of teachers, for people in a state (names are facts of the teacher, not of the date). */
    Map<String, String> teacherNames(String schoolId) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT teacher_id, full_name FROM rm_teacher WHERE school_id = ?").param(schoolId)
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

}
