package kg.mektep.birikme.query.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The control-visit projection, package-private, for tests of other packages to feed through its event handlers. */
public final class ControlProjectionAccess {

    private ControlProjectionAccess() {
    }

    public static Object projection(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        return new ControlProjection(jdbc, json, clock);
    }
}
