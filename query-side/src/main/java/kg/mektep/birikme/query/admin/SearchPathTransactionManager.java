package kg.mektep.birikme.query.admin;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transactions of a rebuild: each looks up tables in the rebuild's own schema first, so the
 * projection's unchanged SQL writes the new copy while the live tables, found only after it, stay
 * as the reads see them. Tables the rebuild has no copy of (tokens, dead letters, other
 * projections' tables) resolve to the live schema as always. The setting ends with the transaction.
 */
final class SearchPathTransactionManager implements TransactionManager {

    private final TransactionManager delegate;
    private final JdbcClient jdbc;
    private final String searchPath;

    SearchPathTransactionManager(TransactionManager delegate, JdbcClient jdbc, String searchPath) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.searchPath = searchPath;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try {
            jdbc.sql("SELECT set_config('search_path', ?, true)").param(searchPath).query(String.class).single();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        return transaction;
    }
}
