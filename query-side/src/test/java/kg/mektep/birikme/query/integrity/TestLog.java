package kg.mektep.birikme.query.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event table of the test database, written by Axon's own JDBC storage engine as the command
 * side writes it, with the chain's parts built over it and the SQL someone tampering would run.
 */
final class TestLog {

    final DataSource dataSource = ReadModelDatabase.dataSource();
    final JdbcClient jdbc = ReadModelDatabase.fresh();
    final EventLog log;
    final EventChain chain;
    final ChainVerification verification;
    private final JdbcEventStorageEngine store;
    private int schools;

    private TestLog() {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper().findAndRegisterModules())
                .build();
        store = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        store.createSchema(PostgresEventTableFactory.INSTANCE);
        jdbc.sql("TRUNCATE domainevententry, event_chain RESTART IDENTITY").update();
        jdbc.sql("UPDATE event_chain_head SET position = 0, link = ?, settled = 0").param(Links.GENESIS).update();
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        log = new EventLog(jdbc, transactions);
        // Small batches, so that a few events already take several; a short wait for in-flight writers.
        chain = new EventChain(jdbc, transactions, log, Duration.ofMillis(100), 2);
        verification = new ChainVerification(log, chain);
    }

    static TestLog fresh() {
        return new TestLog();
    }

    /** Registers one more school, as the command side would store it; answers its position. */
    long append() {
        schools++;
        String schoolId = "school-" + schools;
        store.appendEvents(List.of(new GenericDomainEventMessage<>("School", schoolId, 0,
                new SchoolRegisteredEvent(schoolId, "№" + schools + " Ноокат орто мектеби", "Ноокат району", "Asia/Bishkek"),
                MetaData.from(Map.of("schoolId", schoolId, "actorId", "admin", "actorRole", "ADMIN",
                        "note", "Өзгөчө белги: ң ө ү")))));
        return lastPosition();
    }

    void append(int events) {
        for (int i = 0; i < events; i++) {
            append();
        }
    }

    long lastPosition() {
        return jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
    }

    List<Long> linkedPositions() {
        return jdbc.sql("SELECT position FROM event_chain ORDER BY position").query(Long.class).list();
    }

    /** An event inserted in a transaction left open, as a slow command holds it; its position is drawn. */
    Pending pending() throws SQLException {
        return new Pending(dataSource.getConnection());
    }

    static final class Pending implements AutoCloseable {

        final Connection connection;
        final long position;

        private Pending(Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
            String schoolId = "slow-" + UUID.randomUUID();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                                  payload, payloadrevision, payloadtype, timestamp)
                    VALUES (?, 0, 'School', ?, ?, ?, '1', 'kg.mektep.birikme.api.school.SchoolRegisteredEvent', ?)
                    RETURNING globalindex""")) {
                insert.setString(1, schoolId);
                insert.setString(2, UUID.randomUUID().toString());
                insert.setBytes(3, ("{\"schoolId\":\"" + schoolId + "\"}").getBytes(StandardCharsets.UTF_8));
                insert.setBytes(4, ("{\"schoolId\":\"" + schoolId + "\",\"name\":\"Жай мектеп\",\"district\":\"Ош\","
                        + "\"timeZone\":\"Asia/Bishkek\"}").getBytes(StandardCharsets.UTF_8));
                insert.setString(5, Instant.now().toString());
                try (ResultSet drawn = insert.executeQuery()) {
                    drawn.next();
                    position = drawn.getLong(1);
                }
            }
        }

        void commit() throws SQLException {
            connection.commit();
        }

        void rollback() throws SQLException {
            connection.rollback();
        }

        @Override
        public void close() throws SQLException {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.close();
            }
        }
    }
}
