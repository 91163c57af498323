package kg.mektep.birikme.query.admin;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rows a projection only writes (it never reads them back while it handles events), sent once per
 * batch of events instead of once per event: the rows the handlers of a batch add are kept with the
 * batch's unit of work and written together, as one JDBC batch the driver sends as multi-row
 * statements ({@code reWriteBatchedInserts}), just before the batch's transaction commits with its
 * token. A rebuild's batches of hundreds of events then cost a few statements instead of hundreds.
 *
 * <p>A failure is handled as a failed handler is ({@link HandlerSavepoints}): when the rows of a
 * batch cannot be written, the batch rolls back whole and handlers run behind savepoints for a
 * while; meanwhile each row is written at once, within its handler's savepoint, so the processor's
 * next attempt sends only the event whose row fails to the dead-letter queue.
 */
@Component
public class BatchedRows {

    private static final Logger log = LoggerFactory.getLogger(BatchedRows.class);
    private static final String RESOURCE = BatchedRows.class.getName() + ":";

    private final JdbcTemplate jdbc;
    private final HandlerSavepoints savepoints;

    BatchedRows(JdbcTemplate jdbc, HandlerSavepoints savepoints) {
        this.jdbc = jdbc;
        this.savepoints = savepoints;
    }

    /**
     * Writes a row with the given statement and parameters: with the other rows of the same
     * statement when the batch commits, or at once outside a batch or after a recent failure.
     */
    public void add(String sql, Object... parameters) {
        if (!CurrentUnitOfWork.isStarted() || savepoints.guarded()) {
            jdbc.update(sql, parameters);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Pending pending = batch.getOrComputeResource(RESOURCE + sql, key -> {
            Pending rows = new Pending(sql);
            batch.onPrepareCommit(unitOfWork -> write(rows));
            return rows;
        });
        pending.rows.add(parameters);
    }

    private void write(Pending pending) {
        if (pending.rows.isEmpty()) {
            return;
        }
        try {
            jdbc.batchUpdate(pending.sql, pending.rows);
        } catch (RuntimeException e) {
            savepoints.guard();
            log.warn("Writing {} rows of a batch failed: the batch rolls back and is tried again row by row ({})",
                    pending.rows.size(), e.toString());
            throw e;
        }
    }

    private static final class Pending {

        private final String sql;
        private final List<Object[]> rows = new ArrayList<>();

        Pending(String sql) {
            this.sql = sql;
        }
    }
}
