package kg.mektep.birikme.query.integrity;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import kg.mektep.birikme.query.log.ExportReceipts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Receipts of exports, signed with the log's key and kept in the database ({@code log_export_receipt}). */
@Component
@OnJdbcEventStore
class SignedExportReceipts implements ExportReceipts {

    private final JdbcClient jdbc;
    private final LogSigningKey key;
    private final Clock clock;

    SignedExportReceipts(JdbcClient jdbc, LogSigningKey key, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.clock = clock;
    }

    @Override
    public void requireReady() {
        key.requireRecorded();
    }

    @Override
    public void issue(String exportId, List<String> schoolIds, String format, long through, long rows, byte[] sha256) {
        String digest = Links.hex(sha256);
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        byte[] signature = key.sign(ExportReceipt.signedText(exportId, format, through, rows, digest, issuedAt)
                .getBytes(StandardCharsets.UTF_8));
        // Kept only while the database still records the key that signed it, in the one statement: a key
        // replaced by another replica after a separate check would otherwise still sign this receipt.
        int kept = jdbc.sql("""
                INSERT INTO log_export_receipt (export_id, school_ids, format, through, row_count, sha256, issued_at, signature)
                SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM log_signing_key WHERE fingerprint = ?)""")
                .params(exportId, schoolIds.toArray(String[]::new), format, through, rows, digest,
                        OffsetDateTime.ofInstant(issuedAt, ZoneOffset.UTC), Base64.getEncoder().encodeToString(signature),
                        key.fingerprint())
                .update();
        if (kept == 0) {
            key.requireRecorded();
            throw new IllegalStateException("The key that signed export " + exportId + "'s receipt is no longer recorded");
        }
    }

    Optional<ExportReceipt> find(String exportId) {
        return jdbc.sql("""
                SELECT export_id, school_ids, format, through, row_count, sha256, issued_at, signature
                FROM log_export_receipt WHERE export_id = ?""").param(exportId)
                .query((rs, n) -> new ExportReceipt(rs.getString("export_id"), strings(rs.getArray("school_ids")),
                        rs.getString("format"), rs.getLong("through"), rs.getLong("row_count"), rs.getString("sha256"),
                        rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getString("signature")))
                .optional();
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
