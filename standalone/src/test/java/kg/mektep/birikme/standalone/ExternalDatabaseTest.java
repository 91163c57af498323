package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With spring.datasource.url (SPRING_DATASOURCE_URL) the service uses that database and starts none of its own. */
class ExternalDatabaseTest {

    @TempDir
    Path data;

    @Test
    void theNamedDatabaseHoldsTheEventsAndNoEmbeddedOneStarts() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            try (RunningApp app = RunningApp.start(data.resolve("unused"),
                    "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"))) {
                assertThat(app.beansOfType(EmbeddedPostgres.class)).isEmpty();
                School.register(app.admin(), "Сырткы базадагы мектеп");
            }
            JdbcClient jdbc = JdbcClient.create(external.getPostgresDatabase());
            assertThat(jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single()).isPositive();
            assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single()).isPositive();
            assertThat(Files.exists(data.resolve("unused"))).isFalse();
        }
    }
}
