package kg.mektep.birikme.query.log;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON Lines: one event per line, with the fields of the log API; the payload is the stored JSON,
 * written as it is. Text stays UTF-8 (no escaping of letters beyond ASCII).
 */
final class JsonLinesLogWriter implements ExportFormat.LogRowWriter {

    private final Writer out;
    private final JsonGenerator json;

    JsonLinesLogWriter(Writer out, ObjectMapper mapper) throws IOException {
        this.out = out;
        this.json = mapper.getFactory().createGenerator(out);
        this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        this.json.setRootValueSeparator(null);
    }

    @Override
    public void write(LogRow row) throws IOException {
        json.writeStartObject();
        json.writeNumberField("position", row.position());
        json.writeStringField("time", row.time().toString());
        json.writeStringField("schoolId", row.schoolId());
        json.writeStringField("associationId", row.associationId());
        json.writeStringField("aggregateType", row.aggregateType());
        json.writeStringField("aggregateId", row.aggregateId());
        if (row.sequence() == null) {
            json.writeNullField("sequence");
        } else {
            json.writeNumberField("sequence", row.sequence());
        }
        json.writeStringField("eventId", row.eventId());
        json.writeStringField("eventType", row.eventType());
        json.writeStringField("revision", row.revision());
        json.writeStringField("actorId", row.actorId());
        json.writeStringField("actorRole", row.actorRole());
        json.writeStringField("correlationId", row.correlationId());
        json.writeStringField("causationId", row.causationId());
        json.writeObjectFieldStart("summary");
        json.writeStringField("ky", row.summary().ky());
        json.writeStringField("ru", row.summary().ru());
        json.writeStringField("en", row.summary().en());
        json.writeEndObject();
        json.writeFieldName("payload");
        json.writeRawValue(row.payload());
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }
}
