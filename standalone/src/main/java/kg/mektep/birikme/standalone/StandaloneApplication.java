package kg.mektep.birikme.standalone;

import kg.mektep.birikme.command.CommandSideApplication;
import kg.mektep.birikme.query.QuerySideApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Both sides in one JVM on Axon's local buses, over an embedded PostgreSQL kept in ./data
 * (or the database SPRING_DATASOURCE_URL names). The default run, for one school.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "kg.mektep.birikme",
        excludeFilters = {
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                        classes = {CommandSideApplication.class, QuerySideApplication.class}),
                // Auto-configurations of the modules come in as such, in their order, not as scanned classes.
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class StandaloneApplication {

    public static void main(String[] args) {
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
