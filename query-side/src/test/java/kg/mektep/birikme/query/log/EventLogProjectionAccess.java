package kg.mektep.birikme.query.log;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The event-log projection, package-private, for tests of other packages to feed through its event handlers. */
public final class EventLogProjectionAccess {

    private EventLogProjectionAccess() {
    }

    public static Object projection(JdbcClient jdbc, ObjectMapper json) {
        return new EventLogProjection(jdbc, json, new EventSummaries());
    }
}
