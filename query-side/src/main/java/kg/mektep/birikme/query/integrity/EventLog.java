package kg.mektep.birikme.query.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event table of Axon's JDBC storage engine, read row by row as stored (never through a
 * serializer, so that what is hashed is exactly what is kept).
 */
@Component
@OnJdbcEventStore
class EventLog {

    private static final String COLUMNS = "globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, "
            + "payloadtype, payloadrevision, timestamp, payload, metadata";

    /** PostgreSQL's SQLSTATE when a lock was not granted within lock_timeout. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    EventLog(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * At most {@code limit} events from {@code from} (included) up to {@code upTo}, in position order.
     * The upper bound is applied here, not in the statement: with the two bounds a table not yet
     * analyzed looks nearly empty between them, and PostgreSQL then sorts every row after
     * {@code from} for each page; with the lower bound alone it reads the primary key in order.
     */
    List<StoredEvent> between(long from, long upTo, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM domainevententry WHERE globalindex >= ? ORDER BY globalindex LIMIT ?")
                .params(from, limit)
                .query((rs, n) -> event(rs))
                .list().stream().takeWhile(event -> event.position() <= upTo).toList();
    }

    Optional<Long> positionOf(String eventId) {
        return jdbc.sql("SELECT globalindex FROM domainevententry WHERE eventidentifier = ?")
                .param(eventId).query(Long.class).optional();
    }

    long countAfter(long position) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE globalindex > ?").param(position)
                .query(Long.class).single();
    }

    /**
     * The highest position up to which the table is final: once a SHARE lock is granted, every
     * transaction that had begun inserting has ended and none can begin, so a position below the
     * highest one visible that has no row will never get one. Writers wait at most {@code wait}
     * behind the lock, which is held only for one read; empty if it was not granted in that time.
     */
    OptionalLong finalUpTo(Duration wait) {
        try {
            return OptionalLong.of(transactions.execute(status -> {
                jdbc.sql("SELECT set_config('lock_timeout', ?, true)").param(wait.toMillis() + "ms").query().singleRow();
                jdbc.sql("LOCK TABLE domainevententry IN SHARE MODE").update();
                return jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry").query(Long.class).single();
            }));
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException refused && LOCK_NOT_AVAILABLE.equals(refused.getSQLState())) {
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    private static StoredEvent event(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong("globalindex"), rs.getString("eventidentifier"),
                rs.getString("aggregateidentifier"), rs.getLong("sequencenumber"), rs.getString("type"),
                rs.getString("payloadtype"), rs.getString("payloadrevision"), rs.getString("timestamp"),
                rs.getBytes("payload"), rs.getBytes("metadata"));
    }
}
