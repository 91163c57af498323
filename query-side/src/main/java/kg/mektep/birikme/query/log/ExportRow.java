package kg.mektep.birikme.query.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One row of rm_event_log as an export takes it: the text columns stay the UTF-8 bytes the database
 * sent (the connection's encoding is always UTF-8), so that a row leaves as it came, without being
 * decoded into strings and encoded again. Read from {@link LogRow#COLUMNS}, whose text columns are
 * never sent in binary form.
 */
record ExportRow(long position, Instant time, byte[] schoolId, byte[] associationId, byte[] aggregateType,
                 byte[] aggregateId, Long sequence, byte[] eventId, byte[] eventType, byte[] revision,
                 byte[] actorId, byte[] actorRole, byte[] correlationId, byte[] causationId, byte[] summaryKy,
                 byte[] summaryRu, byte[] summaryEn, byte[] payload) {

    /** The row the result set is on, its columns in the order of {@link LogRow#COLUMNS}. */
    static ExportRow read(ResultSet rs) throws SQLException {
        long stored = rs.getLong(7);
        Long sequence = rs.wasNull() ? null : stored;
        return new ExportRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getBytes(3),
                rs.getBytes(4), rs.getBytes(5), rs.getBytes(6), sequence, rs.getBytes(8), rs.getBytes(9),
                rs.getBytes(10), rs.getBytes(11), rs.getBytes(12), rs.getBytes(13), rs.getBytes(14),
                rs.getBytes(15), rs.getBytes(16), rs.getBytes(17), rs.getBytes(18));
    }
}
