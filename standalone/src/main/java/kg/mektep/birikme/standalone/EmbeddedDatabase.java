package kg.mektep.birikme.standalone;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL 17 started in-process, its data in a directory that survives restarts. Used
 * unless spring.datasource.url (SPRING_DATASOURCE_URL) names another database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${birikme.data-dir}") Path dataDirectory,
                                      @Value("${birikme.embedded.durable:true}") boolean durable) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setServerConfig("timezone", "UTC");
        // zonky starts PostgreSQL with fsync and synchronous_commit off, which would lose acknowledged
        // events on a power cut; a records system turns both back on (tests alone may skip this).
        String onOrOff = durable ? "on" : "off";
        builder.setServerConfig("fsync", onOrOff)
                .setServerConfig("synchronous_commit", onOrOff)
                .setServerConfig("full_page_writes", onOrOff);
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {} (durable: {})",
                postgres.getPort(), dataDirectory.toAbsolutePath(), durable);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, @Value("${birikme.embedded.pool-size:20}") int poolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("birikme");
        return dataSource;
    }
}
