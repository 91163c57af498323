package kg.mektep.birikme.query.activity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The activity projection, package-private, for tests of other packages to feed through its event handlers. */
public final class ActivityProjectionAccess {

    private ActivityProjectionAccess() {
    }

    public static Object projection(JdbcClient jdbc, ObjectMapper json) {
        return new ActivityProjection(jdbc, json);
    }
}
