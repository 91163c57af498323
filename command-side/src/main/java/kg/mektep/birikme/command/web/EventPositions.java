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
        return jdbc.sql("SELECT max(globalindex) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(aggregateId).query(Long.class).single();
    }
}
