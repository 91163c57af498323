package kg.mektep.birikme.query.log;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * JSON Lines: one event per line, with the fields of the log API; the payload is the stored JSON,
 * written as it is. Text stays UTF-8 (no escaping of letters beyond ASCII): the generator escapes
 * what JSON requires in the bytes the database sent and writes them straight into the stream.
 */
final class JsonLinesLogWriter implements ExportFormat.LogRowWriter {

    private final JsonGenerator json;

    JsonLinesLogWriter(OutputStream out, ObjectMapper mapper) throws IOException {
        this.json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
        this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.json.setRootValueSeparator(null);
    }

    @Override
    public void write(ExportRow row) throws IOException {
        json.writeStartObject();
        json.writeNumberField("position", row.position());
        json.writeStringField("time", row.time().toString());
        text("schoolId", row.schoolId());
        text("associationId", row.associationId());
        text("aggregateType", row.aggregateType());
        text("aggregateId", row.aggregateId());
        if (row.sequence() == null) {
            json.writeNullField("sequence");
        } else {
            json.writeNumberField("sequence", row.sequence());
        }
        text("eventId", row.eventId());
        text("eventType", row.eventType());
        text("revision", row.revision());
        text("actorId", row.actorId());
        text("actorRole", row.actorRole());
        text("correlationId", row.correlationId());
        text("causationId", row.causationId());
        json.writeObjectFieldStart("summary");
        text("ky", row.summaryKy());
        text("ru", row.summaryRu());
        text("en", row.summaryEn());
        json.writeEndObject();
        json.writeFieldName("payload");
        json.writeRawValue(new RawJson(row.payload()));
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }

    private void text(String field, byte[] utf8) throws IOException {
        json.writeFieldName(field);
        if (utf8 == null) {
            json.writeNull();
        } else {
            json.writeUTF8String(utf8, 0, utf8.length);
        }
    }

    /** JSON the database wrote (jsonb as text), put into the output as it is. */
    private record RawJson(byte[] utf8) implements SerializableString {

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + utf8.length > buffer.length) {
                return -1;
            }
            System.arraycopy(utf8, 0, buffer, offset, utf8.length);
            return utf8.length;
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return utf8;
        }

        @Override
        public String getValue() {
            return new String(utf8, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            String value = getValue();
            if (offset + value.length() > buffer.length) {
                return -1;
            }
            value.getChars(0, value.length(), buffer, offset);
            return value.length();
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(utf8);
            return utf8.length;
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer out) {
            if (out.remaining() < utf8.length) {
                return -1;
            }
            out.put(utf8);
            return utf8.length;
        }

        // Raw JSON is never written as a quoted string.

        @Override
        public char[] asQuotedChars() {
            throw new UnsupportedOperationException("raw JSON is not a string");
        }

        @Override
        public byte[] asQuotedUTF8() {
            throw new UnsupportedOperationException("raw JSON is not a string");
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            throw new UnsupportedOperationException("raw JSON is not a string");
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            throw new UnsupportedOperationException("raw JSON is not a string");
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) {
            throw new UnsupportedOperationException("raw JSON is not a string");
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            throw new UnsupportedOperationException("raw JSON is not a string");
        }
    }
}
