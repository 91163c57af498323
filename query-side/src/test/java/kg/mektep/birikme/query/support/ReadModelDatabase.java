package kg.mektep.birikme.query.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One real PostgreSQL for the projection tests of this module, migrated with the query side's own
 * migrations. It runs with zonky's test defaults (fsync off): only speed differs, not behaviour.
 */
public final class ReadModelDatabase {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;
    private static int databases;

    private ReadModelDatabase() {
    }

    public static synchronized JdbcClient fresh() {
        JdbcClient jdbc = JdbcClient.create(dataSource());
        jdbc.sql("TRUNCATE rm_school, rm_teacher, rm_association, rm_association_member, tokenentry, domainevententry")
                .update();
        return jdbc;
    }

    /** The database itself, migrated, for tests that open their own connections and transactions. */
    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
                dataSource = postgres.getPostgresDatabase();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            migrate(dataSource, "latest");
            // The JDBC event store's table, as Axon creates it: projections read an event's position there.
            try (Connection connection = dataSource.getConnection()) {
                PostgresEventTableFactory.INSTANCE.createDomainEventTable(connection, new EventSchema()).executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("The event table could not be created", e);
            }
        }
        return dataSource;
    }

    /** A new database on the same server, migrated up to and including that version ("latest": every migration). */
    public static synchronized DataSource migratedTo(String version) {
        dataSource();
        String name = "query_" + ++databases;
        JdbcClient.create(dataSource).sql("CREATE DATABASE " + name).update();
        DataSource database = postgres.getDatabase("postgres", name);
        migrate(database, version);
        return database;
    }

    public static void migrate(DataSource database, String version) {
        Flyway.configure().dataSource(database).table("flyway_history_query").locations("classpath:db/query")
                .target(version).load().migrate();
    }
}
