package kg.mektep.birikme.query.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kg.mektep.birikme.query.admin.Projections.Projection;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The new copy of a projection lives beside the live tables and replaces their rows at once. */
class ShadowTablesTest {

    private static final Projection STAFF = new Projection("staff", List.of("rm_school", "rm_teacher"));

    private JdbcClient jdbc;
    private ShadowTables shadows;

    @BeforeEach
    void freshReadModels() {
        jdbc = ReadModelDatabase.fresh();
        shadows = new ShadowTables(jdbc);
        jdbc.sql("INSERT INTO rm_school VALUES ('s1', 'Эски мектеп', 'Ош', 'Asia/Bishkek')").update();
    }

    @AfterEach
    void dropTheCopy() {
        shadows.drop(STAFF);
    }

    @Test
    void theCopyStartsEmptyAndTheRebuildsTransactionsWriteIntoIt() {
        shadows.create(STAFF);
        assertThat(shadows.matches(STAFF)).isTrue();
        assertThat(count("rebuild_staff.rm_school")).isZero();

        TransactionManager rebuildTransactions = new SearchPathTransactionManager(
                new SpringTransactionManager(new JdbcTransactionManager(ReadModelDatabase.dataSource())), jdbc,
                shadows.searchPath(STAFF));
        rebuildTransactions.executeInTransaction(() -> {
            jdbc.sql("INSERT INTO rm_school VALUES ('s2', 'Ңооке мектеби', 'Нарын', 'Asia/Bishkek')").update();
            jdbc.sql("INSERT INTO tokenentry (processorname, segment) VALUES ('rebuild:staff', 0)").update();
        });

        assertThat(jdbc.sql("SELECT name FROM rebuild_staff.rm_school").query(String.class).list())
                .containsExactly("Ңооке мектеби");
        assertThat(jdbc.sql("SELECT name FROM rm_school").query(String.class).list()).containsExactly("Эски мектеп");
        assertThat(count("tokenentry")).isEqualTo(1);
        assertThat(jdbc.sql("SHOW search_path").query(String.class).single()).doesNotContain("rebuild_staff");
    }

    @Test
    void theCopyReplacesTheLiveRowsAndIsDropped() {
        shadows.create(STAFF);
        jdbc.sql("INSERT INTO rebuild_staff.rm_school VALUES ('s1', 'Жаңы мектеп', 'Ош', 'Asia/Bishkek')").update();
        jdbc.sql("INSERT INTO rebuild_staff.rm_school VALUES ('s2', 'Ңооке мектеби', 'Нарын', 'Asia/Bishkek')").update();
        jdbc.sql("""
                INSERT INTO rebuild_staff.rm_teacher VALUES ('t1', 's2', 'Үмүт Өмүрова', ARRAY['Химия'], DATE '2020-09-01')""")
                .update();

        shadows.replaceLive(STAFF);
        shadows.drop(STAFF);

        assertThat(jdbc.sql("SELECT name FROM rm_school ORDER BY school_id").query(String.class).list())
                .containsExactly("Жаңы мектеп", "Ңооке мектеби");
        assertThat(jdbc.sql("SELECT full_name FROM rm_teacher").query(String.class).list()).containsExactly("Үмүт Өмүрова");
        assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'rebuild_staff'").query(Long.class)
                .single()).isZero();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void aCopyMissingOrWithOtherColumnsDoesNotMatch() {
        assertThat(shadows.matches(STAFF)).isFalse();
        shadows.create(STAFF);
        jdbc.sql("ALTER TABLE rebuild_staff.rm_teacher ADD COLUMN note TEXT").update();

        assertThat(shadows.matches(STAFF)).isFalse();
    }
}
