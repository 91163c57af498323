package kg.mektep.birikme.query.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One row of the event table exactly as stored, and its canonical byte form: the fields below in
 * this order, each as a 4-byte big-endian length followed by that many bytes (length -1 and no
 * bytes for SQL NULL). Numbers are 8-byte big-endian, text is UTF-8 as stored, payload and metadata
 * are the stored bytes. Anyone with read access to the table can recompute it.
 *
 * <pre>
 * globalindex, eventidentifier, aggregateidentifier, sequencenumber, type,
 * payloadtype, payloadrevision, timestamp, payload, metadata
 * </pre>
 */
record StoredEvent(long position, String eventId, String aggregateId, long sequence, String aggregateType,
                   String payloadType, String payloadRevision, String timestamp, byte[] payload, byte[] metadata) {

    byte[] canonicalForm() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + (metadata == null ? 0 : metadata.length) + 256);
        field(out, number(position));
        field(out, text(eventId));
        field(out, text(aggregateId));
        field(out, number(sequence));
        field(out, text(aggregateType));
        field(out, text(payloadType));
        field(out, text(payloadRevision));
        field(out, text(timestamp));
        field(out, payload);
        field(out, metadata);
        return out.toByteArray();
    }

    /** The digest of the payload alone: it tells a payload moved to another position from one altered. */
    byte[] payloadDigest() {
        return Links.sha256(payload);
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            out.writeBytes(value);
        }
    }

    private static byte[] number(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }
}
