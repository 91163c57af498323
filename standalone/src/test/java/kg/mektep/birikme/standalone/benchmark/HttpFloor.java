package kg.mektep.birikme.standalone.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Map;
import org.axonframework.common.IdentifierFactory;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The floor of one command over HTTP on this stack: a bare Spring MVC endpoint (Tomcat, Jackson, a
 * HikariCP pool of the service's size) that reads a command's JSON body, writes it as one row of
 * {@code bench_raw_event} in its own transaction and answers 201 with the row's identifier. No
 * sign-in, no rules, no aggregate, no projection: what any HTTP command of a service on Spring MVC
 * and PostgreSQL costs at least, measured against the same database as the raw commits.
 */
// Deliberately neither @Configuration nor @Controller: the service's component scan covers this
// package, and the service must not pick this application up. Its beans are declared here and its
// endpoint is a router function.
@ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class})
class HttpFloor {

    /** Started on a random port against the given database, without the service's configuration files. */
    static Running start(String jdbcUrl, String user, String password, int poolSize) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HttpFloor.class)
                .properties("spring.config.name=http-floor", "spring.main.banner-mode=off", "server.port=0",
                        "floor.jdbc-url=" + jdbcUrl, "floor.user=" + user, "floor.pool-size=" + poolSize)
                .initializers(floor -> floor.getBeanFactory().registerSingleton("floorPassword",
                        new Password(password)))
                .run();
        return new Running(context);
    }

    /** The database password, kept out of the properties (and so out of any log of them). */
    record Password(String value) {
    }

    record Running(ConfigurableApplicationContext context) implements AutoCloseable {

        int port() {
            return ((WebServerApplicationContext) context).getWebServer().getPort();
        }

        @Override
        public void close() {
            context.close();
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource floorPool(Environment environment, Password password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(environment.getRequiredProperty("floor.jdbc-url"));
        pool.setUsername(environment.getRequiredProperty("floor.user"));
        pool.setPassword(password.value());
        pool.setMaximumPoolSize(environment.getRequiredProperty("floor.pool-size", Integer.class));
        return pool;
    }

    /** {@code POST /floor}: the body read as JSON, written as one row, committed; 201 with the row's id. */
    @Bean
    RouterFunction<ServerResponse> floorEndpoint(HikariDataSource floorPool, ObjectMapper json) {
        return RouterFunctions.route().POST("/floor", request -> {
            JsonNode command = request.body(JsonNode.class);
            String id = IdentifierFactory.getInstance().generateIdentifier();
            try (Connection connection = floorPool.getConnection();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_raw_event"
                         + " (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,"
                         + " payloadrevision, payloadtype, timestamp) VALUES (?, 0, 'Floor', ?, NULL, ?, NULL,"
                         + " 'kg.mektep.birikme.benchmark.FloorCommand', ?)")) {
                insert.setString(1, id);
                insert.setString(2, id);
                insert.setBytes(3, json.writeValueAsBytes(command));
                insert.setString(4, Instant.now().toString());
                insert.executeUpdate();
            }
            return ServerResponse.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("id", id));
        }).build();
    }
}
