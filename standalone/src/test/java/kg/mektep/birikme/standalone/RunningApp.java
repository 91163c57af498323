package kg.mektep.birikme.standalone;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The standalone application started as its main method would, on a random port, with its
 * embedded PostgreSQL in the given data directory; closed, it stops that PostgreSQL too.
 */
public final class RunningApp implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "Әкимчи-сырсөз-2026";

    private final ConfigurableApplicationContext context;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Extra arguments are {@code --name=value} pairs that replace the defaults of the same name. */
    public static RunningApp start(Path dataDirectory, String... extraArguments) {
        return start(dataDirectory, null, extraArguments);
    }

    /** Started with the given clock in place of the system's, where a test must move time. */
    public static RunningApp start(Path dataDirectory, java.time.Clock clock, String... extraArguments) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("--server.port", "0");
        arguments.put("--birikme.data-dir", dataDirectory.toString());
        arguments.put("--birikme.read.await-timeout", "20s");
        arguments.put("--birikme.security.admin-password", ADMIN_PASSWORD);
        // The lowest bcrypt cost keeps the many sign-ins of the tests quick; the service defaults to 12.
        arguments.put("--birikme.security.bcrypt-strength", "4");
        for (String argument : extraArguments) {
            int equals = argument.indexOf('=');
            arguments.put(argument.substring(0, equals), argument.substring(equals + 1));
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(StandaloneApplication.class);
        if (clock != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
        }
        return new RunningApp(builder
                .run(arguments.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** An anonymous client. */
    public Api api() {
        return new Api(port());
    }

    /** A client signed in as the first administrator. */
    public Api admin() {
        return api().signIn("admin", ADMIN_PASSWORD);
    }

    <T> java.util.Map<String, T> beansOfType(Class<T> type) {
        return context.getBeansOfType(type);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
