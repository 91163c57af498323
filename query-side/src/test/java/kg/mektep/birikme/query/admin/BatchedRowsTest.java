package kg.mektep.birikme.query.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The rows of a batch go to the database together when the batch commits, in its transaction; a
 * batch whose rows cannot be written rolls back whole, and until the failure is past each row is
 * written at once, where its own handler sees the error.
 */
class BatchedRowsTest {

    private static final String INSERT = "INSERT INTO rm_school (school_id, name, district, time_zone) VALUES (?, ?, ?, ?)";

    private JdbcClient jdbc;
    private JdbcTransactionManager transactions;
    private HandlerSavepoints savepoints;
    private BatchedRows rows;

    @BeforeEach
    void freshReadModels() {
        jdbc = ReadModelDatabase.fresh();
        transactions = new JdbcTransactionManager(ReadModelDatabase.dataSource());
        savepoints = new HandlerSavepoints(transactions, Duration.ofMinutes(10));
        rows = new BatchedRows(new JdbcTemplate(ReadModelDatabase.dataSource()), savepoints);
    }

    @AfterEach
    void noBatchLeftOpen() {
        while (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().rollback();
        }
    }

    @Test
    void theRowsOfABatchAreWrittenInItsTransactionWhenItCommits() {
        UnitOfWork<?> batch = batch();
        rows.add(INSERT, "s1", "Биринчи мектеп", "Ош", "Asia/Bishkek");
        rows.add(INSERT, "s2", "Үчүнчү мектеп", "Нарын", "Asia/Bishkek");
        assertThat(schools()).as("nothing written before the commit, in the batch's own transaction").isEmpty();

        batch.commit();

        assertThat(schools()).containsExactly("Биринчи мектеп", "Үчүнчү мектеп");
    }

    @Test
    void outsideABatchARowIsWrittenAtOnce() {
        rows.add(INSERT, "s1", "Жаңы мектеп", "Ош", "Asia/Bishkek");

        assertThat(schools()).containsExactly("Жаңы мектеп");
    }

    @Test
    void aBatchWhoseRowsFailRollsBackWholeAndItsNextAttemptWritesEachRowAtOnce() {
        jdbc.sql(INSERT).params("s1", "Эски мектеп", "Ош", "Asia/Bishkek").update();
        UnitOfWork<?> batch = batch();
        rows.add(INSERT, "s2", "Үчүнчү мектеп", "Нарын", "Asia/Bishkek");
        rows.add(INSERT, "s1", "Кайталанган мектеп", "Ош", "Asia/Bishkek");
        assertThat(savepoints.guarded()).isFalse();

        assertThatThrownBy(batch::commit).isInstanceOf(DuplicateKeyException.class);

        assertThat(schools()).as("the batch rolled back whole").containsExactly("Эски мектеп");
        assertThat(savepoints.guarded()).as("handlers run behind savepoints for a while").isTrue();

        UnitOfWork<?> again = batch();
        rows.add(INSERT, "s2", "Үчүнчү мектеп", "Нарын", "Asia/Bishkek");
        assertThat(schools()).as("written at once").containsExactly("Эски мектеп", "Үчүнчү мектеп");
        assertThatThrownBy(() -> rows.add(INSERT, "s1", "Кайталанган мектеп", "Ош", "Asia/Bishkek"))
                .as("the failing row fails in its own handler").isInstanceOf(DuplicateKeyException.class);
        again.rollback();
    }

    private UnitOfWork<?> batch() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        batch.attachTransaction(new SpringTransactionManager(transactions));
        return batch;
    }

    private List<String> schools() {
        return jdbc.sql("SELECT name FROM rm_school ORDER BY school_id").query(String.class).list();
    }
}
