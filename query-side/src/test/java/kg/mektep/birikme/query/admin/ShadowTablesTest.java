package kg.mektep.birikme.query.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kg.mektep.birikme.query.admin.Projections.Projection;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The new copy of a projection lives beside the live tables and takes their place at once. */
class ShadowTablesTest {

    private static final Projection STAFF = new Projection("staff", List.of("rm_school", "rm_teacher"));
    private static final Projection EVENT_LOG = new Projection("event-log", List.of("rm_event_log"));
    private static final Projection RECORD_FILE = new Projection("record-file",
            List.of("rm_record_evidence", "rm_record_document"), Set.of("rm_record_evidence"));

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
        shadows.drop(EVENT_LOG);
        shadows.drop(RECORD_FILE);
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

    @Test
    void theCopyHasTheLiveIndexesUnderTheirNamesAndItsSearchIndexesOnlyOnceComplete() {
        List<String> live = indexes("public", "rm_event_log");
        assertThat(live).as("the event log has a search index").anyMatch(index -> index.contains("USING gin"));

        shadows.create(EVENT_LOG);
        assertThat(indexes("rebuild_event_log", "rm_event_log"))
                .containsExactlyElementsOf(live.stream().filter(index -> !index.contains("USING gin")).toList());
        assertThat(constraints("rebuild_event_log", "rm_event_log")).isEqualTo(constraints("public", "rm_event_log"));

        shadows.completeIndexes(EVENT_LOG);
        assertThat(indexes("rebuild_event_log", "rm_event_log")).containsExactlyElementsOf(live);
    }

    @Test
    void anInsertOnlyTablesCopyHasOnlyItsKeysIndexesUntilComplete() {
        jdbc.sql("CREATE UNIQUE INDEX rm_record_evidence_unique ON rm_record_evidence (global_position, fact, ref)")
                .update();
        try {
            List<String> live = indexes("public", "rm_record_evidence");
            assertThat(live).as("a plain B-tree index").anyMatch(index -> index.contains("rm_record_evidence_association"));

            shadows.create(RECORD_FILE);
            assertThat(indexes("rebuild_record_file", "rm_record_evidence")).containsExactly(
                    "CREATE UNIQUE INDEX rm_record_evidence_pkey ON rm_record_evidence USING btree (event_id, fact, ref)",
                    "CREATE UNIQUE INDEX rm_record_evidence_unique ON rm_record_evidence"
                            + " USING btree (global_position, fact, ref)");
            assertThat(indexes("rebuild_record_file", "rm_record_document"))
                    .as("a table the handlers may read keeps its indexes")
                    .containsExactlyElementsOf(indexes("public", "rm_record_document"));

            shadows.completeIndexes(RECORD_FILE);
            assertThat(indexes("rebuild_record_file", "rm_record_evidence")).containsExactlyElementsOf(live);
        } finally {
            jdbc.sql("DROP INDEX rm_record_evidence_unique").update();
        }
    }

    @Test
    void theSwapPutsTheCopysTablesInPlaceWithEveryIndexAndConstraintOfTheLiveOnes() {
        List<String> indexes = indexes("public", "rm_teacher");
        Map<String, String> constraints = constraints("public", "rm_teacher");
        long liveTable = jdbc.sql("SELECT 'rm_teacher'::regclass::oid").query(Long.class).single();
        shadows.create(STAFF);
        long copy = jdbc.sql("SELECT 'rebuild_staff.rm_teacher'::regclass::oid").query(Long.class).single();

        shadows.replaceLive(STAFF);

        assertThat(jdbc.sql("SELECT 'rm_teacher'::regclass::oid").query(Long.class).single())
                .isEqualTo(copy).isNotEqualTo(liveTable);
        assertThat(indexes("public", "rm_teacher")).isEqualTo(indexes);
        assertThat(constraints("public", "rm_teacher")).isEqualTo(constraints);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class WHERE relnamespace = 'rebuild_staff'::regnamespace")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSearchIndexNotYetBuiltIsBuiltByTheSwap() {
        List<String> live = indexes("public", "rm_event_log");
        shadows.create(EVENT_LOG);

        shadows.replaceLive(EVENT_LOG);

        assertThat(indexes("public", "rm_event_log")).isEqualTo(live);
    }

    /** Each index of the table as PostgreSQL would make it again, its schema left out. */
    private List<String> indexes(String schema, String table) {
        return jdbc.sql("""
                        SELECT replace(pg_get_indexdef(i.indexrelid), ' ON ' || ? || '.', ' ON ')
                        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                        WHERE i.indrelid = to_regclass(? || '.' || ?) ORDER BY c.relname""")
                .params(schema, schema, table).query(String.class).list();
    }

    /** The table's constraints: each one's definition by its name. */
    private Map<String, String> constraints(String schema, String table) {
        Map<String, String> constraints = new TreeMap<>();
        jdbc.sql("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = to_regclass(? || '.' || ?)")
                .params(schema, table)
                .query((rs, n) -> constraints.put(rs.getString(1), rs.getString(2)))
                .list();
        return constraints;
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
