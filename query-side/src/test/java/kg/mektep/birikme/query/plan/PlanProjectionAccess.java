package kg.mektep.birikme.query.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plan projection, package-private, for tests of other packages to feed through its event handlers. */
public final class PlanProjectionAccess {

    private PlanProjectionAccess() {
    }

    public static Object projection(JdbcClient jdbc, ObjectMapper json) {
        return new PlanProjection(jdbc, json);
    }
}
