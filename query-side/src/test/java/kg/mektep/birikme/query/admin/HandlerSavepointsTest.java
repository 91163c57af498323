package kg.mektep.birikme.query.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiHandlerDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event a projection fails on spoils neither the events after it nor its dead letter: the first
 * failure rolls its batch back whole, and the batch tried again runs each handler behind a
 * savepoint, so the failed event alone is undone.
 */
class HandlerSavepointsTest {

    @Test
    void aFailedHandlerRollsItsBatchBackAndTheBatchTriedAgainKeepsTheOtherEvents() {
        JdbcClient jdbc = ReadModelDatabase.fresh();
        JdbcTransactionManager transactions = new JdbcTransactionManager(ReadModelDatabase.dataSource());
        HandlerSavepoints savepoints = new HandlerSavepoints(transactions, Duration.ofMinutes(10));
        AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(new PlainInserts(jdbc),
                ClasspathParameterResolverFactory.forClass(PlainInserts.class),
                MultiHandlerDefinition.ordered(savepoints, ClasspathHandlerDefinition.forClass(PlainInserts.class)));
        TransactionTemplate batches = new TransactionTemplate(transactions);
        assertThat(savepoints.guarded()).as("no savepoints while all goes well").isFalse();

        // Without savepoints: the failure (caught, as the dead-letter queue catches it) spoils the batch.
        assertThatThrownBy(() -> batches.executeWithoutResult(batch -> {
            handle(projection, "s1", "Биринчи мектеп");
            assertThatThrownBy(() -> handle(projection, "s1", "Кайталанган мектеп"))
                    .isInstanceOf(DuplicateKeyException.class);
        })).isInstanceOf(UnexpectedRollbackException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM rm_school").query(Long.class).single()).isZero();
        assertThat(savepoints.guarded()).isTrue();

        // The batch again, each handler behind a savepoint.
        batches.executeWithoutResult(batch -> {
            handle(projection, "s1", "Биринчи мектеп");
            assertThatThrownBy(() -> handle(projection, "s1", "Кайталанган мектеп"))
                    .isInstanceOf(DuplicateKeyException.class);
            handle(projection, "s2", "Үчүнчү мектеп");
        });

        assertThat(jdbc.sql("SELECT name FROM rm_school ORDER BY school_id").query(String.class).list())
                .containsExactly("Биринчи мектеп", "Үчүнчү мектеп");
    }

    private static void handle(AnnotationEventHandlerAdapter projection, String schoolId, String name) {
        try {
            projection.handle(GenericEventMessage.asEventMessage(
                    new SchoolRegisteredEvent(schoolId, name, "Ош", "Asia/Bishkek")));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A projection whose second registration of a school breaks the primary key. */
    static class PlainInserts {

        private final JdbcClient jdbc;

        PlainInserts(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(SchoolRegisteredEvent event) {
            jdbc.sql("INSERT INTO rm_school (school_id, name, district, time_zone) VALUES (?, ?, ?, ?)")
                    .params(event.schoolId(), event.name(), event.district(), event.timeZone()).update();
        }
    }
}
