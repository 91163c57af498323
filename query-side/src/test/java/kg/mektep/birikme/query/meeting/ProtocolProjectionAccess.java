package kg.mektep.birikme.query.meeting;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The protocol projection, package-private, for tests of other packages to feed through its event handlers. */
public final class ProtocolProjectionAccess {

    private ProtocolProjectionAccess() {
    }

    public static Object projection(JdbcClient jdbc, ObjectMapper json) {
        return new ProtocolProjection(jdbc, json);
    }
}
