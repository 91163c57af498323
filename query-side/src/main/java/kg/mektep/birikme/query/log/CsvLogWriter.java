package kg.mektep.birikme.query.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4180 CSV: a header line, CRLF line ends, a field quoted when it holds a comma, a quote or a
 * line break, quotes doubled. It starts with a byte order mark so that spreadsheet programs read
 * the Kyrgyz letters as UTF-8. Fields are the UTF-8 bytes the database sent: the characters looked
 * for are ASCII, and a byte of that value is never part of another letter in UTF-8.
 */
final class CsvLogWriter implements ExportFormat.LogRowWriter {

    static final String HEADER = "position,time,school_id,association_id,aggregate_type,aggregate_id,sequence,"
            + "event_id,event_type,revision,actor_id,actor_role,correlation_id,causation_id,summary_ky,summary_ru,"
            + "summary_en,payload";

    private static final byte[] LINE_END = {'\r', '\n'};

    private final OutputStream out;

    CsvLogWriter(OutputStream out) throws IOException {
        this.out = out;
        out.write(("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_8));
        out.write(LINE_END);
    }

    @Override
    public void write(ExportRow row) throws IOException {
        out.write(ascii(String.valueOf(row.position())));
        field(ascii(row.time().toString()));
        field(row.schoolId());
        field(row.associationId());
        field(row.aggregateType());
        field(row.aggregateId());
        field(row.sequence() == null ? null : ascii(row.sequence().toString()));
        field(row.eventId());
        field(row.eventType());
        field(row.revision());
        field(row.actorId());
        field(row.actorRole());
        field(row.correlationId());
        field(row.causationId());
        field(row.summaryKy());
        field(row.summaryRu());
        field(row.summaryEn());
        field(row.payload());
        out.write(LINE_END);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    private static byte[] ascii(String value) {
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    /** A comma, then the field: nothing for null, quoted when it must be. */
    private void field(byte[] utf8) throws IOException {
        out.write(',');
        if (utf8 == null) {
            return;
        }
        if (!needsQuotes(utf8)) {
            out.write(utf8);
            return;
        }
        out.write('"');
        int from = 0;
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == '"') {
                out.write(utf8, from, i + 1 - from);
                out.write('"');
                from = i + 1;
            }
        }
        out.write(utf8, from, utf8.length - from);
        out.write('"');
    }

    private static boolean needsQuotes(byte[] utf8) {
        for (byte b : utf8) {
            if (b == ',' || b == '"' || b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }
}
