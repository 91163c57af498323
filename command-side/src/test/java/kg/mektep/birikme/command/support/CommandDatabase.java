package kg.mektep.birikme.command.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One real PostgreSQL for the command side's database tests; each test takes a database of its own,
 * migrated with the command side's migrations up to a given version or to the last.
 */
public final class CommandDatabase {

    private static EmbeddedPostgres postgres;
    private static int databases;

    private CommandDatabase() {
    }

    /** A new database migrated up to and including that version ("latest": every migration). */
    public static synchronized DataSource migratedTo(String version) {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String name = "command_" + ++databases;
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE " + name).update();
        DataSource dataSource = postgres.getDatabase("postgres", name);
        migrate(dataSource, version);
        return dataSource;
    }

    public static void migrate(DataSource dataSource, String version) {
        Flyway.configure().dataSource(dataSource).table("flyway_history_command").locations("classpath:db/command")
                .target(version).load().migrate();
    }
}
