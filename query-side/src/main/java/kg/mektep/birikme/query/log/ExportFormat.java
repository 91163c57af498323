package kg.mektep.birikme.query.log;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The forms an export of the log takes: CSV for spreadsheets, JSON Lines for programs. */
enum ExportFormat {
    CSV("text/csv;charset=UTF-8") {
        @Override
        LogRowWriter open(OutputStream out, ObjectMapper json) throws IOException {
            return new CsvLogWriter(out);
        }
    },
    JSONL("application/jsonl;charset=UTF-8") {
        @Override
        LogRowWriter open(OutputStream out, ObjectMapper json) throws IOException {
            return new JsonLinesLogWriter(out, json);
        }
    };

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A writer of rows in this form to a buffered stream, encoded as UTF-8. */
    abstract LogRowWriter open(OutputStream out, ObjectMapper json) throws IOException;

    static ExportFormat of(String given) {
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(given)) {
                return format;
            }
        }
        throw new InvalidLogFilterException("format", given);
    }

    /** Writes rows one by one, keeping none. */
    interface LogRowWriter {
        void write(ExportRow row) throws IOException;

        /** Hands everything written so far to the stream. */
        void flush() throws IOException;
    }
}
