package kg.mektep.birikme.query.axon;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query side migrates its own tables (tokens, read models) with a history table of its own,
 * so that its migrations and the command side's do not meet in the one database they share (the
 * query side reads some of the command side's tables: see {@link CommandSideTables}).
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
