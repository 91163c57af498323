package kg.mektep.birikme.standalone.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kg.mektep.birikme.standalone.RunningApp;
import org.springframework.util.FileSystemUtils;

/**
 * Where one application of the benchmark keeps its events. By default an embedded PostgreSQL with
 * its data in {@code target/benchmark/<name>}. With {@code -Dbenchmark.postgres=<JDBC URL>} (and
 * {@code benchmark.postgres.user}, {@code benchmark.postgres.password}) a database of that external
 * PostgreSQL server instead, {@code birikme_bench_<name>}, created through the URL's database by a
 * user allowed to create databases. Either is emptied when the benchmark takes it (the directory
 * deleted, the database dropped and created again) and left in place afterwards.
 */
final class BenchmarkDatabase {

    private static final Path OUTPUT = Path.of("target", "benchmark");
    private static final String EXTERNAL_URL = System.getProperty("benchmark.postgres", "").trim();
    private static final String USER = System.getProperty("benchmark.postgres.user", "").isBlank() ? "postgres"
            : System.getProperty("benchmark.postgres.user").trim();
    private static final String PASSWORD = System.getProperty("benchmark.postgres.password", "");

    private final Path directory;
    private final String databaseName;

    private BenchmarkDatabase(String name) {
        this.directory = OUTPUT.resolve(name).toAbsolutePath();
        this.databaseName = "birikme_bench_" + name.replace('-', '_');
    }

    /** The store called {@code name}, emptied. */
    static BenchmarkDatabase fresh(String name) throws Exception {
        BenchmarkDatabase database = new BenchmarkDatabase(name);
        FileSystemUtils.deleteRecursively(database.directory);
        Files.createDirectories(OUTPUT);
        if (external()) {
            try (Connection connection = DriverManager.getConnection(EXTERNAL_URL, USER, PASSWORD);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database.databaseName + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + database.databaseName + " ENCODING 'UTF8' TEMPLATE template0");
            } catch (SQLException e) {
                throw new IllegalStateException("The benchmark creates the database " + database.databaseName
                        + " through " + EXTERNAL_URL + " as " + USER + ", which must be allowed to create databases", e);
            }
        }
        return database;
    }

    static boolean external() {
        return !EXTERNAL_URL.isEmpty();
    }

    /** Where the figures' PostgreSQL ran, for the results. */
    static String where() throws IOException {
        Files.createDirectories(OUTPUT);
        return external() ? "external, " + serverOf(EXTERNAL_URL) : "embedded, data on " + Files.getFileStore(OUTPUT).type();
    }

    /** The application started on this store, with the given extra {@code --name=value} arguments. */
    RunningApp start(String... extraArguments) {
        List<String> arguments = new ArrayList<>(Arrays.asList(extraArguments));
        if (external()) {
            arguments.add("--spring.datasource.url=" + urlOf(databaseName));
            arguments.add("--spring.datasource.username=" + USER);
            arguments.add("--spring.datasource.password=" + PASSWORD);
            // The same pool as the embedded default's (birikme.embedded.pool-size).
            arguments.add("--spring.datasource.hikari.maximum-pool-size=20");
        }
        return RunningApp.start(directory, arguments.toArray(String[]::new));
    }

    /** The external server's URL with the benchmark's database in place of the given one, its parameters kept. */
    static String urlOf(String database) {
        String prefix = "jdbc:postgresql://";
        if (!EXTERNAL_URL.startsWith(prefix)) {
            throw new IllegalArgumentException("benchmark.postgres is a jdbc:postgresql:// URL, not " + EXTERNAL_URL);
        }
        int slash = EXTERNAL_URL.indexOf('/', prefix.length());
        int query = EXTERNAL_URL.indexOf('?', prefix.length());
        String server = EXTERNAL_URL.substring(0, slash >= 0 ? slash : query >= 0 ? query : EXTERNAL_URL.length());
        String parameters = query >= 0 ? EXTERNAL_URL.substring(query) : "";
        return server + "/" + database + parameters;
    }

    private static String serverOf(String url) {
        int query = url.indexOf('?');
        return query >= 0 ? url.substring(0, query) : url;
    }
}
