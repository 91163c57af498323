package kg.mektep.birikme.api.common;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON of a message part (RFC 8785 for the values used here: records become
 * objects with keys sorted, no white space, strings escaped minimally, dates and enums as strings)
 * and its SHA-256. Anyone holding the JSON the API shows can recompute the hash.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String sha256(Object value) {
        return Sha256.hex(of(value));
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof CharSequence || value instanceof Enum<?> || value instanceof TemporalAccessor) {
            string(value instanceof Enum<?> e ? e.name() : value.toString(), out);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            int i = 0;
            for (Object item : items) {
                out.append(i++ == 0 ? "" : ",");
                write(item, out);
            }
            out.append(']');
        } else if (value instanceof Record record) {
            Map<String, Object> fields = new TreeMap<>(Comparator.naturalOrder());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                fields.put(component.getName(), read(component, record));
            }
            object(fields, out);
        } else {
            throw new IllegalArgumentException("No canonical form for " + value.getClass());
        }
    }

    private static void object(Map<String, Object> fields, StringBuilder out) {
        out.append('{');
        int i = 0;
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            out.append(i++ == 0 ? "" : ",");
            string(field.getKey(), out);
            out.append(':');
            write(field.getValue(), out);
        }
        out.append('}');
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
