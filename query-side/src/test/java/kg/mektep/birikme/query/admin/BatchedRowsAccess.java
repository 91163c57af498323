package kg.mektep.birikme.query.admin;

import java.time.Duration;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** Batched rows on the tests' read-model database, for projections of other packages fed outside a processor. */
public final class BatchedRowsAccess {

    private BatchedRowsAccess() {
    }

    public static BatchedRows onTestDatabase() {
        return new BatchedRows(new JdbcTemplate(ReadModelDatabase.dataSource()),
                new HandlerSavepoints(new JdbcTransactionManager(ReadModelDatabase.dataSource()), Duration.ofMinutes(10)));
    }
}
