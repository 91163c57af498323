package kg.mektep.birikme.query.log;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180 CSV: a header line, CRLF line ends, a field quoted when it holds a comma, a quote or a
 * line break, quotes doubled. It starts with a byte order mark so that spreadsheet programs read
 * the Kyrgyz letters as UTF-8.
 */
final class CsvLogWriter implements ExportFormat.LogRowWriter {

    static final String HEADER = "position,time,school_id,association_id,aggregate_type,aggregate_id,sequence,"
            + "event_id,event_type,revision,actor_id,actor_role,correlation_id,causation_id,summary_ky,summary_ru,"
            + "summary_en,payload";

    private final Writer out;

    CsvLogWriter(Writer out) throws IOException {
        this.out = out;
        out.write('\uFEFF');
        out.write(HEADER);
        out.write("\r\n");
    }

    @Override
    public void write(LogRow row) throws IOException {
        field(String.valueOf(row.position()), false);
        field(row.time().toString(), true);
        field(row.schoolId(), true);
        field(row.associationId(), true);
        field(row.aggregateType(), true);
        field(row.aggregateId(), true);
        field(row.sequence() == null ? null : row.sequence().toString(), true);
        field(row.eventId(), true);
        field(row.eventType(), true);
        field(row.revision(), true);
        field(row.actorId(), true);
        field(row.actorRole(), true);
        field(row.correlationId(), true);
        field(row.causationId(), true);
        field(row.summary().ky(), true);
        field(row.summary().ru(), true);
        field(row.summary().en(), true);
        field(row.payload(), true);
        out.write("\r\n");
    }

    private void field(String value, boolean separated) throws IOException {
        if (separated) {
            out.write(',');
        }
        if (value == null) {
            return;
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }
}
