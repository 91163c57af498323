package kg.mektep.birikme.query.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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

    private static final ExecutorService BUILDERS = Executors.newCachedThreadPool();

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

        shadows.completeIndexes(EVENT_LOG, BUILDERS, 2);
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

            shadows.completeIndexes(RECORD_FILE, BUILDERS, 2);
            assertThat(indexes("rebuild_record_file", "rm_record_evidence")).containsExactlyElementsOf(live);
        } finally {
            jdbc.sql("DROP INDEX rm_record_evidence_unique").update();
        }
    }

    @Test
    void theIndexesAreBuiltUpToTheGivenNumberAtOnceTheSearchIndexesFirst() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS index_builds (seq BIGSERIAL, name TEXT)").update();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION record_index_build() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO index_builds (name)
                    SELECT object_identity FROM pg_event_trigger_ddl_commands() WHERE object_type = 'index';
                END $$""").update();
        jdbc.sql("CREATE EVENT TRIGGER index_builds ON ddl_command_end WHEN TAG IN ('CREATE INDEX')"
                + " EXECUTE FUNCTION record_index_build()").update();
        jdbc.sql("CREATE INDEX rm_record_evidence_day ON rm_record_evidence (day)").update();
        try {
            shadows.create(RECORD_FILE);
            // As the service declares it: the handlers only insert, so all but its key wait.
            Projection eventLog = new Projection("event-log", List.of("rm_event_log"), Set.of("rm_event_log"));
            shadows.create(eventLog);
            jdbc.sql("TRUNCATE index_builds").update();
            AtomicInteger workers = new AtomicInteger();
            Executor counting = task -> {
                workers.incrementAndGet();
                BUILDERS.execute(task);
            };

            shadows.completeIndexes(eventLog, counting, 1);
            List<String> built = jdbc.sql("SELECT name FROM index_builds ORDER BY seq").query(String.class).list();
            assertThat(built).as("one at a time, the search indexes first").hasSize(10)
                    .startsWith("rebuild_event_log.rm_event_log_names", "rebuild_event_log.rm_event_log_words")
                    .contains("rebuild_event_log.rm_event_log_actor", "rebuild_event_log.rm_event_log_type");
            assertThat(workers).hasValue(1);

            shadows.completeIndexes(RECORD_FILE, counting, 3);
            assertThat(workers).as("beside each other: as many as there are missing indexes, two").hasValue(3);
            assertThat(indexes("rebuild_record_file", "rm_record_evidence"))
                    .containsExactlyElementsOf(indexes("public", "rm_record_evidence"));
        } finally {
            jdbc.sql("DROP INDEX rm_record_evidence_day").update();
            jdbc.sql("DROP EVENT TRIGGER index_builds").update();
            jdbc.sql("DROP TABLE index_builds").update();
        }
    }

    @Test
    void anIndexThatCannotBeBuiltFailsTheCompletionButNotTheOthersAndIsBuiltOnceItCan() {
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION checked_ref(ref TEXT) RETURNS TEXT IMMUTABLE LANGUAGE plpgsql AS $$
                BEGIN
                    IF ref = 'broken' THEN RAISE EXCEPTION 'a broken reference'; END IF;
                    RETURN ref;
                END $$""").update();
        jdbc.sql("CREATE INDEX rm_record_evidence_checked ON rm_record_evidence (checked_ref(ref))").update();
        try {
            List<String> live = indexes("public", "rm_record_evidence");
            shadows.create(RECORD_FILE);
            jdbc.sql("""
                    INSERT INTO rebuild_record_file.rm_record_evidence (event_id, fact, ref, global_position,
                        event_type, school_id, association_id, recorded_at)
                    VALUES ('e1', 'MEMBER', 'broken', 1, 'MemberJoined', 's1', 'a1', now())""").update();

            assertThatThrownBy(() -> shadows.completeIndexes(RECORD_FILE, BUILDERS, 1))
                    .hasMessageContaining("a broken reference");
            assertThat(indexes("rebuild_record_file", "rm_record_evidence"))
                    .as("the index after the failing one was built all the same")
                    .contains(live.stream().filter(index -> index.contains("rm_record_evidence_association"))
                            .findFirst().orElseThrow())
                    .noneMatch(index -> index.contains("checked_ref"));

            jdbc.sql("UPDATE rebuild_record_file.rm_record_evidence SET ref = 'mended'").update();
            shadows.completeIndexes(RECORD_FILE, BUILDERS, 1);
            assertThat(indexes("rebuild_record_file", "rm_record_evidence")).containsExactlyElementsOf(live);
        } finally {
            shadows.drop(RECORD_FILE);
            jdbc.sql("DROP INDEX rm_record_evidence_checked").update();
            jdbc.sql("DROP FUNCTION checked_ref").update();
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
    void theCopyHasTheLiveTablesTriggersWhichWriteIntoTheCopies() {
        Projection eventLog = new Projection("event-log", List.of("rm_event_log", "rm_event_log_day"),
                Set.of("rm_event_log"));
        List<String> liveDays = days("rm_event_log_day");
        shadows.create(eventLog);
        assertThat(triggers("rebuild_event_log", "rm_event_log")).isEqualTo(triggers("public", "rm_event_log"))
                .as("the day spans of the log").isNotEmpty();

        TransactionManager rebuildTransactions = new SearchPathTransactionManager(
                new SpringTransactionManager(new JdbcTransactionManager(ReadModelDatabase.dataSource())), jdbc,
                shadows.searchPath(eventLog));
        rebuildTransactions.executeInTransaction(() -> jdbc.sql("""
                INSERT INTO rm_event_log (global_position, occurred_at, event_id, event_type, summary_ky, summary_ru,
                                          summary_en, search_text, payload)
                VALUES (7, TIMESTAMPTZ '2026-09-01 03:00Z', 'e7', 'MemberAddedEvent', 'ң', 'ж', 'e', 'ң', '{}'),
                       (9, TIMESTAMPTZ '2026-09-01 05:00Z', 'e9', 'MemberAddedEvent', 'ө', 'ж', 'e', 'ө', '{}')""")
                .update());

        assertThat(days("rebuild_event_log.rm_event_log_day")).containsExactly("2026-09-01 7-9");
        assertThat(days("rm_event_log_day")).as("the live table untouched").isEqualTo(liveDays);
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

    /** Each trigger of the table as PostgreSQL would make it again, its schema left out. */
    private List<String> triggers(String schema, String table) {
        return jdbc.sql("""
                        SELECT replace(pg_get_triggerdef(t.oid), ' ON ' || ? || '.', ' ON ')
                        FROM pg_trigger t WHERE t.tgrelid = to_regclass(? || '.' || ?) AND NOT t.tgisinternal
                        ORDER BY t.tgname""")
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

    private List<String> days(String table) {
        return jdbc.sql("SELECT day || ' ' || first_position || '-' || last_position FROM " + table + " ORDER BY day")
                .query(String.class).list();
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
