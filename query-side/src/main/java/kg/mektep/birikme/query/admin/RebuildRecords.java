package kg.mektep.birikme.query.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The record of rebuilds in {@code projection_rebuild}: which are open, how each ended. */
@Component
class RebuildRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    RebuildRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens a rebuild; a second open rebuild of the same projection breaks the unique index. */
    long open(String group, String actor) {
        return jdbc.sql("""
                INSERT INTO projection_rebuild (processing_group, started_by, started_at) VALUES (?, ?, ?)
                RETURNING rebuild_id""")
                .params(group, actor, now()).query(Long.class).single();
    }

    List<RebuildRow> open() {
        return jdbc.sql(RebuildRow.SELECT + " WHERE ended_at IS NULL ORDER BY rebuild_id").query(RebuildRow::read)
                .list();
    }

    boolean isOpen(long id) {
        return jdbc.sql("SELECT count(*) FROM projection_rebuild WHERE rebuild_id = ? AND ended_at IS NULL")
                .param(id).query(Long.class).single() > 0;
    }

    Optional<RebuildRow> last(String group) {
        return jdbc.sql(RebuildRow.SELECT + " WHERE processing_group = ? ORDER BY rebuild_id DESC LIMIT 1")
                .param(group).query(RebuildRow::read).optional();
    }

    void resumed(long id, long from) {
        jdbc.sql("UPDATE projection_rebuild SET resumed_from = ?, resumed_at = ? WHERE rebuild_id = ?")
                .params(from, now(), id).update();
    }

    /** Closes the rebuild if it is still open; answers whether it was. */
    boolean completed(long id) {
        return jdbc.sql("""
                UPDATE projection_rebuild SET ended_at = ?, outcome = 'COMPLETED'
                WHERE rebuild_id = ? AND ended_at IS NULL""")
                .params(now(), id).update() > 0;
    }

    /** Closes the projection's open rebuild, if any, as cancelled by the actor; answers whether there was one. */
    boolean cancelled(String group, String actor) {
        return jdbc.sql("""
                UPDATE projection_rebuild SET ended_at = ?, ended_by = ?, outcome = 'CANCELLED'
                WHERE processing_group = ? AND ended_at IS NULL""")
                .params(now(), actor, group).update() > 0;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
