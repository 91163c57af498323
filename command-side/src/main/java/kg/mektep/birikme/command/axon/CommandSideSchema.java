package kg.mektep.birikme.command.axon;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command side migrates its own tables (event store, registry, users) with a history table of its
 * own, so that its migrations and the query side's do not meet in the one database they share (the
 * query side reads some of these tables, and at its start waits until they exist).
 */
@Configuration(proxyBeanMethods = false)
class CommandSideSchema {

    @Bean(initMethod = "migrate")
    Flyway commandSideFlyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .table("flyway_history_command")
                .locations("classpath:db/command")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
