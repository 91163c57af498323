package kg.mektep.birikme.query.admin;

import java.util.List;
import java.util.stream.Collectors;
import kg.mektep.birikme.query.admin.Projections.Projection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The new copy of a projection's tables while it is rebuilt: a schema of the rebuild's own holding
 * an empty twin of each live table (same columns, defaults, constraints and indexes but the search
 * indexes no handler reads). When the
 * rebuild is complete its rows replace the live rows in one transaction, so readers see the old
 * copy until the commit and the new one after it, never a mix and never an empty table.
 */
@Component
class ShadowTables {

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
            jdbc.sql("CREATE TABLE " + shadow(projection, table) + " (LIKE " + live(table) + " INCLUDING ALL)")
                    .update();
        }
        // The readers' search indexes (GIN, GiST: words, names in payloads) serve no handler, and the
        // swap copies the rows into the live tables, whose own indexes take them: without them in
        // the twins a rebuild writes its rows several times faster.
        List<String> searchIndexes = jdbc.sql("""
                        SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
                        FROM pg_index i
                        JOIN pg_class c ON c.oid = i.indexrelid
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        JOIN pg_am am ON am.oid = c.relam
                        WHERE n.nspname = ? AND am.amname IN ('gin', 'gist', 'brin') AND NOT i.indisunique""")
                .param(projection.shadowSchema()).query(String.class).list();
        searchIndexes.forEach(index -> jdbc.sql("DROP INDEX " + index).update());
    }

    /** Whether the rebuild's twins are all there with the live tables' columns (a migration may have changed them). */
    boolean matches(Projection projection) {
        return projection.tables().stream().allMatch(table -> {
            List<Column> twin = columns(shadow(projection, table));
            return !twin.isEmpty() && twin.equals(columns(live(table)));
        });
    }

    /** Replaces the rows of every live table with the twin's; to be called inside the swap's transaction. */
    void replaceLive(Projection projection) {
        for (String table : projection.tables()) {
            List<Column> columns = columns(live(table)).stream().filter(column -> !column.generated()).toList();
            String names = columns.stream().map(column -> quote(column.name())).collect(Collectors.joining(", "));
            boolean identity = columns.stream().anyMatch(Column::identity);
            jdbc.sql("DELETE FROM " + live(table)).update();
            jdbc.sql("INSERT INTO " + live(table) + " (" + names + ")" + (identity ? " OVERRIDING SYSTEM VALUE" : "")
                    + " SELECT " + names + " FROM " + shadow(projection, table)).update();
            for (Column column : columns) {
                if (column.identity()) {
                    jdbc.sql("SELECT setval(pg_get_serial_sequence(?, ?), coalesce((SELECT max(" + quote(column.name())
                                    + ") FROM " + live(table) + "), 0) + 1, false)")
                            .params(live(table), column.name()).query(Long.class).single();
                }
            }
        }
    }

    void drop(Projection projection) {
        jdbc.sql("DROP SCHEMA IF EXISTS " + quote(projection.shadowSchema()) + " CASCADE").update();
    }

    private List<Column> columns(String qualifiedTable) {
        return jdbc.sql("""
                SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attgenerated = 's',
                       a.attidentity IN ('a', 'd')
                FROM pg_attribute a
                WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum""")
                .param(qualifiedTable)
                .query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)))
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

    private record Column(String name, String type, boolean generated, boolean identity) {
    }
}
