package kg.mektep.birikme.query.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import kg.mektep.birikme.query.admin.Projections.Projection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The new copy of a projection's tables while it is rebuilt: a schema of the rebuild's own holding
 * an empty twin of each live table (same columns, defaults, constraints, and indexes under the same
 * names, but the indexes no handler reads until the copy is complete: search indexes, and every index
 * but the keys' of a table the handlers only insert into; and the same triggers). When the rebuild is
 * complete, one transaction drops the live tables and moves the twins into their place, so readers
 * see the old copy until the commit and the new one after it, never a mix and never an empty table,
 * and the swap costs the same for ten rows as for ten million.
 */
@Component
class ShadowTables {

    /** How long the swap waits for readers of the live tables before it gives up and is tried again. */
    private static final String SWAP_LOCK_TIMEOUT = "5s";

    private final JdbcClient jdbc;
    private volatile String liveSchema;

    ShadowTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The schema the read models live in (the connection's current schema). */
    String liveSchema() {
        String schema = liveSchema;
        if (schema == null) {
            schema = jdbc.sql("SELECT current_schema()").query(String.class).single();
            liveSchema = schema;
        }
        return schema;
    }

    /** Where a rebuild's transactions look for tables: its own schema, then the live one. */
    String searchPath(Projection projection) {
        return quote(projection.shadowSchema()) + ", " + quote(liveSchema());
    }

    /** The rebuild's schema anew, with an empty twin of every table the projection owns. */
    void create(Projection projection) {
        drop(projection);
        jdbc.sql("CREATE SCHEMA " + quote(projection.shadowSchema())).update();
        for (String table : projection.tables()) {
            jdbc.sql("CREATE TABLE " + shadow(projection, table) + " (LIKE " + live(table)
                    + " INCLUDING ALL EXCLUDING INDEXES)").update();
            // The readers' search indexes (GIN, GiST: words, names in payloads) serve no handler, nor
            // does any index of a table the handlers only insert into but its keys': the rows go in
            // several times faster without them, and they are built once the copy is complete.
            boolean insertOnly = projection.insertOnly().contains(table);
            for (Index index : indexes(table)) {
                if (!index.deferred(insertOnly)) {
                    jdbc.sql(index.createOn(shadow(projection, table))).update();
                }
            }
            for (String trigger : triggersOn(table, shadow(projection, table))) {
                jdbc.sql(trigger).update();
            }
        }
    }

    /**
     * Builds on the complete copy the indexes its rows went in without, and gathers the
     * planner's statistics of every twin; done before the swap, so that the swap itself is short.
     * Each index is one statement on a connection of its own: up to {@code parallel} are built at
     * once on the given executor, the search indexes first (a trigram index over a million rows
     * takes PostgreSQL minutes on one core, the B-trees seconds, with the database's parallel
     * workers), so that the others are built beside it rather than after it. When a build fails,
     * the others still run; the first failure is thrown once all are done, and a later call
     * builds what is still missing.
     */
    void completeIndexes(Projection projection, Executor executor, int parallel) {
        List<Index.Build> missing = new ArrayList<>();
        for (String table : projection.tables()) {
            missing.addAll(missingIndexes(projection, table));
        }
        // The search indexes of every table first (a stable sort: otherwise in table order).
        missing.sort(Comparator.comparing(build -> !build.search()));
        Queue<String> builds = new ConcurrentLinkedQueue<>();
        missing.forEach(build -> builds.add(build.statement()));
        CompletableFuture<?>[] workers = new CompletableFuture<?>[Math.min(Math.max(1, parallel), builds.size())];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = CompletableFuture.runAsync(() -> buildAll(builds), executor);
        }
        try {
            CompletableFuture.allOf(workers).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        for (String table : projection.tables()) {
            jdbc.sql("ANALYZE " + shadow(projection, table)).update();
        }
    }

    /** Takes builds from the queue until it is empty; the first failure is thrown after the rest are done. */
    private void buildAll(Queue<String> builds) {
        RuntimeException failure = null;
        for (String build = builds.poll(); build != null; build = builds.poll()) {
            try {
                jdbc.sql(build).update();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Whether the rebuild's twins are all there with the live tables' columns (a migration may have changed them). */
    boolean matches(Projection projection) {
        return projection.tables().stream().allMatch(table -> {
            List<Column> twin = columns(shadow(projection, table));
            return !twin.isEmpty() && twin.equals(columns(live(table)));
        });
    }

    /**
     * Puts the twins in place of the live tables; to be called inside the swap's transaction. An
     * index still missing on a twin is built first, so the new tables have every index of the old.
     */
    void replaceLive(Projection projection) {
        jdbc.sql("SELECT set_config('lock_timeout', ?, true)").param(SWAP_LOCK_TIMEOUT).query(String.class).single();
        for (String table : projection.tables()) {
            createMissingIndexes(projection, table);
            jdbc.sql("DROP TABLE " + live(table)).update();
            jdbc.sql("ALTER TABLE " + shadow(projection, table) + " SET SCHEMA " + quote(liveSchema())).update();
        }
    }

    void drop(Projection projection) {
        jdbc.sql("DROP SCHEMA IF EXISTS " + quote(projection.shadowSchema()) + " CASCADE").update();
    }

    /** Makes on the twin every index of the live table whose name the twin has not. */
    private void createMissingIndexes(Projection projection, String table) {
        missingIndexes(projection, table).forEach(build -> jdbc.sql(build.statement()).update());
    }

    /** How to make on the twin every index of the live table whose name the twin has not. */
    private List<Index.Build> missingIndexes(Projection projection, String table) {
        Set<String> present = Set.copyOf(jdbc.sql("SELECT c.relname FROM pg_index i JOIN pg_class c"
                        + " ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass(?)")
                .param(shadow(projection, table)).query(String.class).list());
        return indexes(table).stream().filter(index -> !present.contains(index.name()))
                .map(index -> index.buildOn(shadow(projection, table))).toList();
    }

    /** The live table's indexes: how each is made, under its own name, its method and whether it is unique. */
    private List<Index> indexes(String table) {
        return jdbc.sql("""
                        SELECT c.relname, pg_get_indexdef(i.indexrelid), con.conname, pg_get_constraintdef(con.oid),
                               am.amname IN ('gin', 'gist', 'brin'), i.indisunique
                        FROM pg_index i
                        JOIN pg_class c ON c.oid = i.indexrelid
                        JOIN pg_am am ON am.oid = c.relam
                        LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                             AND con.contype IN ('p', 'u', 'x')
                        WHERE i.indrelid = to_regclass(?)
                        ORDER BY c.relname""")
                .param(live(table))
                .query((rs, n) -> new Index(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6)))
                .list();
    }

    /**
     * How to make the live table's own triggers on its twin (LIKE copies none), so that the rows
     * going into the twin have the same effects as those going into the live table. A trigger's
     * function finds the tables it names through the rebuild's search path: the twins first.
     */
    private List<String> triggersOn(String table, String twin) {
        return jdbc.sql("""
                        SELECT pg_get_triggerdef(t.oid), format('%I.%I', n.nspname, c.relname)
                        FROM pg_trigger t
                        JOIN pg_class c ON c.oid = t.tgrelid
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE t.tgrelid = to_regclass(?) AND NOT t.tgisinternal
                        ORDER BY t.tgname""")
                .param(live(table))
                .query((rs, n) -> {
                    String definition = rs.getString(1);
                    String on = " ON " + rs.getString(2) + " ";
                    if (!definition.contains(on)) {
                        throw new IllegalStateException("Cannot tell the table in trigger " + definition);
                    }
                    return definition.replace(on, " ON " + twin + " ");
                })
                .list();
    }

    private List<Column> columns(String qualifiedTable) {
        return jdbc.sql("""
                SELECT a.attname, format_type(a.atttypid, a.atttypmod)
                FROM pg_attribute a
                WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum""")
                .param(qualifiedTable)
                .query((rs, n) -> new Column(rs.getString(1), rs.getString(2)))
                .list();
    }

    private String live(String table) {
        return quote(liveSchema()) + "." + quote(table);
    }

    private static String shadow(Projection projection, String table) {
        return quote(projection.shadowSchema()) + "." + quote(table);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private record Column(String name, String type) {
    }

    /** An index of a live table, or the constraint it enforces, to be made again on a twin under its name. */
    private record Index(String name, String definition, String constraint, String constraintDefinition,
                         boolean searchMethod, boolean unique) {

        /**
         * Whether a twin is filled without it: no insert depends on it (neither a constraint's nor
         * unique), and it is a search index (GIN, GiST, BRIN) or on a table the handlers only insert into.
         */
        boolean deferred(boolean insertOnlyTable) {
            return constraint == null && !unique && (searchMethod || insertOnlyTable);
        }

        Build buildOn(String table) {
            return new Build(searchMethod, createOn(table));
        }

        /** The statement that makes the index on a twin, and whether it is a search index. */
        record Build(boolean search, String statement) {
        }

        String createOn(String table) {
            if (constraint != null) {
                return "ALTER TABLE " + table + " ADD CONSTRAINT " + quote(constraint) + " " + constraintDefinition;
            }
            int using = definition.indexOf(" USING ");
            if (using < 0) {
                throw new IllegalStateException("Unexpected definition of index " + name + ": " + definition);
            }
            String unique = definition.startsWith("CREATE UNIQUE INDEX") ? "UNIQUE " : "";
            return "CREATE " + unique + "INDEX " + quote(name) + " ON " + table + definition.substring(using);
        }
    }
}
