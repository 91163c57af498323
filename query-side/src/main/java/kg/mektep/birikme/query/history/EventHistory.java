package kg.mektep.birikme.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the events of an association's aggregates from the event store itself (never a snapshot,
 * never a read model), in the order of the global log.
 */
@Component
class EventHistory {

    private final EventStore events;
    private final JdbcClient jdbc;

    EventHistory(EventStore events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** One stored event with its global position. */
    record Replayed(long position, DomainEventMessage<?> message) {

        Object payload() {
            return message.getPayload();
        }
    }

    /** The events of the association's aggregates, in global order; empty when the association is unknown. */
    List<Replayed> ofAssociation(String associationId) {
        Set<String> aggregates = new LinkedHashSet<>();
        aggregates.add(associationId);
        aggregates.addAll(jdbc.sql("SELECT aggregate_id FROM rm_association_stream WHERE association_id = ?")
                .param(associationId).query(String.class).list());
        return ofAggregates(aggregates);
    }

    List<Replayed> ofAggregates(Set<String> aggregateIds) {
        Map<String, Map<Long, Long>> positions = new HashMap<>();
        jdbc.sql("""
                SELECT aggregateidentifier, sequencenumber, globalindex FROM domainevententry
                WHERE aggregateidentifier = ANY (?)""")
                .param(aggregateIds.toArray(String[]::new))
                .query(rs -> {
                    positions.computeIfAbsent(rs.getString(1), id -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
                });
        List<Replayed> replayed = new ArrayList<>();
        for (String aggregateId : aggregateIds) {
            Map<Long, Long> bySequence = positions.getOrDefault(aggregateId, Map.of());
            if (bySequence.isEmpty()) {
                continue;
            }
            events.readEvents(aggregateId, 0).asStream().forEach(message -> replayed.add(new Replayed(
                    bySequence.getOrDefault(message.getSequenceNumber(), Long.MAX_VALUE), message)));
        }
        replayed.sort(Comparator.comparingLong(Replayed::position));
        return replayed;
    }

    /** What a reader asked for: the events up to a global position, or up to the end of a day in the school's zone. */
    Predicate<Replayed> upTo(String schoolId, LocalDate at, Long position) {
        if (position != null) {
            return event -> event.position() <= position;
        }
        if (at != null) {
            String zone = jdbc.sql("SELECT time_zone FROM rm_school WHERE school_id = ?").param(schoolId)
                    .query(String.class).optional().orElse("Asia/Bishkek");
            Instant end = at.plusDays(1).atStartOfDay(ZoneId.of(zone)).toInstant();
            return event -> event.message().getTimestamp().isBefore(end);
        }
        return event -> true;
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
