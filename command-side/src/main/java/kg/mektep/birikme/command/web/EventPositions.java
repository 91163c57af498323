package kg.mektep.birikme.command.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The global position of an aggregate's latest stored event, read after its command committed. */
@Component
class EventPositions {

    private final JdbcClient jdbc;

    EventPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Long lastPositionOf(String aggregateId) {
        // Along the (aggregate, sequence) index to the one latest row, however long the aggregate's history.
        return jdbc.sql("""
                        SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ?
                        ORDER BY sequencenumber DESC LIMIT 1""")
                .param(aggregateId).query(Long.class).optional().orElse(null);
    }
}
