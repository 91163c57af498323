package kg.mektep.birikme.query.axon;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query side migrates its own tables (tokens, read models) with a history table of its own,
 * so that it and the command side can share one database or live apart.
 */
@Configuration(proxyBeanMethods = false)
class QuerySideSchema {

    @Bean(initMethod = "migrate")
    Flyway querySideFlyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .table("flyway_history_query")
                .locations("classpath:db/query")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
