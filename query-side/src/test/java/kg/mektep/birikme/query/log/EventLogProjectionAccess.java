package kg.mektep.birikme.query.log;

import com.fasterxml.jackson.databind.ObjectMapper;
import kg.mektep.birikme.query.admin.BatchedRowsAccess;

/** The event-log projection, package-private, for tests of other packages to feed through its event handlers. */
public final class EventLogProjectionAccess {

    private EventLogProjectionAccess() {
    }

    public static Object projection(ObjectMapper json) {
        return new EventLogProjection(BatchedRowsAccess.onTestDatabase(), json, new EventSummaries());
    }
}
