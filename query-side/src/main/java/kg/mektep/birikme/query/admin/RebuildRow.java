package kg.mektep.birikme.query.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** A rebuild as {@code projection_rebuild} keeps it: open while {@code endedAt} is null. */
record RebuildRow(long id, String group, String startedBy, Instant startedAt, Long resumedFrom, Instant endedAt,
                  String endedBy, String outcome) {

    static final String SELECT = """
            SELECT rebuild_id, processing_group, started_by, started_at, resumed_from, ended_at, ended_by, outcome
            FROM projection_rebuild""";

    static RebuildRow read(ResultSet rs, int row) throws SQLException {
        return new RebuildRow(rs.getLong("rebuild_id"), rs.getString("processing_group"), rs.getString("started_by"),
                instant(rs.getTimestamp("started_at")), rs.getObject("resumed_from", Long.class),
                instant(rs.getTimestamp("ended_at")), rs.getString("ended_by"), rs.getString("outcome"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
