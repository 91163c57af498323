package kg.mektep.birikme.api.common;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Text the service can keep as it was sent: no NUL character (PostgreSQL's text and jsonb cannot
 * hold it) and no half of a surrogate pair (UTF-8 cannot encode it). Text from clients is checked
 * on the way in, so that such a character is refused with the request instead of being stored in
 * an event that no read model can take.
 */
public final class StorableText {

    private StorableText() {
    }

    /**
     * The text in Unicode normalization form C, as the service keeps all text: a letter typed as a
     * base letter and a combining mark (и + ̆, е + ̈, as some keyboards and file systems give them)
     * becomes the one character (й, ё), so that it is found, compared and sorted as the same letter.
     * ң, ө and ү have no decomposed form and stay as they are. {@code null} stays {@code null}.
     */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Whether the text can be stored and read back unchanged; {@code null} is. */
    public static boolean storable(String text) {
        return text == null || firstUnstorable(text) < 0;
    }

    /** The index of the first character that cannot be stored, or -1. */
    public static int firstUnstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The name of the first parameter with a value that cannot be stored (or with such a name), or {@code null}. */
    public static String firstUnstorableParameter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!storable(parameter.getKey())) {
                return parameter.getKey().substring(0, Math.max(0, firstUnstorable(parameter.getKey())));
            }
            for (String value : parameter.getValue()) {
                if (!storable(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    /**
     * Checks what a request brings besides its JSON body's strings: a {@code Content-Type} with a
     * wildcard, and a body declared in a charset other than UTF-8 ({@link RefusedCharsetException}; a
     * request without a body is not judged by its charset), a JSON body whose declared length is over {@link #MAXIMUM_BODY_BYTES}
     * ({@link BodyTooLargeException}; a body of unknown length is stopped there while it is read), and
     * a parameter that cannot be stored ({@link RefusedTextException}).
     */
    public static void checkRequest(String contentType, long contentLength, boolean hasBody,
                                    Map<String, String[]> parameters) {
        if (contentType != null && contentType.split(";", 2)[0].indexOf('*') >= 0) {
            // A wildcard (*/*, application/*) names no type a body could have; Spring cannot even hold it as one.
            throw new RefusedCharsetException(contentType);
        }
        if (hasBody && !utf8Body(contentType)) {
            throw new RefusedCharsetException(contentType);
        }
        if (contentLength > MAXIMUM_BODY_BYTES && contentType != null
                && contentType.toLowerCase(Locale.ROOT).matches("application/([a-z0-9.+-]*\\+)?json\\b.*")) {
            throw new BodyTooLargeException();
        }
        String parameter = firstUnstorableParameter(parameters);
        if (parameter != null) {
            throw new RefusedTextException(parameter);
        }
    }

    /**
     * Whether a request's {@code Content-Type} lets its body be read as UTF-8: JSON is UTF-8 (RFC 8259),
     * so a body declared in another charset is refused rather than decoded into other letters.
     */
    public static boolean utf8Body(String contentType) {
        if (contentType == null) {
            return true;
        }
        // Every charset named, not the first only: a reader that takes the last would decode otherwise.
        for (String parameter : contentType.split(";")) {
            String[] nameAndValue = parameter.split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].strip().equalsIgnoreCase("charset")) {
                String charset = nameAndValue[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("utf8")) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A copy of the mapper for request bodies: every string is checked (an {@link UnstorableTextException}
     * names the field), a day is a string {@code YYYY-MM-DD} from {@link #EARLIEST_DAY} to
     * {@link #LATEST_DAY} (a number of days since 1970 is not read as one; a {@link DayOutOfRangeException}
     * names the field of a day outside them), a key given twice in one object is refused rather than one
     * value silently winning, so are a number or true/false where text is due and anything after the
     * body's one value, a null entry of a list is refused naming it ({@link #nullEntry}), and a body over
     * {@link #MAXIMUM_BODY_BYTES} is not read to its end.
     */
    public static ObjectMapper strictReaderOf(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy()
                .registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new CheckedStrings())
                        .addDeserializer(LocalDate.class, new CheckedDays()))
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                // A field the request does not have (a misspelt name, say) is refused, not silently dropped.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Whatever follows the body's one JSON value is refused, not silently ignored.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // A list with a null entry (heard: [null]) is refused, not passed on: the rules skip such
                // entries, so the null would be stored unchecked in the event and fail whatever reads it.
                .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        // A number or true/false where text is due is a client's mistake, not text to store as "1e400" or "true".
        strict.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(MAXIMUM_BODY_BYTES).build());
        return strict;
    }

    /** Whether reading a body stopped at {@link #MAXIMUM_BODY_BYTES} (the failure or one of its causes says so). */
    public static boolean overTheLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Jackson's other limits (a number of over 1,000 digits, nesting deeper than 1,000) fail the
            // same way; those bodies are malformed, not too large.
            if (cause instanceof StreamConstraintsException && String.valueOf(cause.getMessage())
                    .contains("getMaxDocumentLength")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first and the last day a request may name. A school's record holds no day outside them (the
     * staff's hire dates included); a year such as 999999999, which ISO dates allow, would be stored
     * and then shown, counted and archived as if it were real.
     */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DAY = LocalDate.of(2100, 12, 31);

    /** Whether a day lies from {@link #EARLIEST_DAY} to {@link #LATEST_DAY}, as every day of the record does. */
    public static boolean withinTheRecord(LocalDate day) {
        return !day.isBefore(EARLIEST_DAY) && !day.isAfter(LATEST_DAY);
    }

    /** The largest JSON request body read (files come as multipart, with a limit of their own). */
    public static final long MAXIMUM_BODY_BYTES = 1_000_000;

    /** A request's parameter or field holds a character the service cannot store. */
    public static final class RefusedTextException extends RuntimeException {

        private final String field;

        public RefusedTextException(String field) {
            super("Text that cannot be stored in " + field);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** A JSON body whose declared length is over {@link #MAXIMUM_BODY_BYTES}. */
    public static final class BodyTooLargeException extends RuntimeException {

        public BodyTooLargeException() {
            super("A JSON request body takes at most " + MAXIMUM_BODY_BYTES + " bytes");
        }
    }

    /** A request body declared in a charset other than UTF-8, or a {@code Content-Type} with a wildcard. */
    public static final class RefusedCharsetException extends RuntimeException {

        public RefusedCharsetException(String contentType) {
            super("A request body is UTF-8, not " + contentType);
        }
    }

    /** A string of a request body that holds a character the service cannot store. */
    public static final class UnstorableTextException extends InvalidFormatException {

        UnstorableTextException(JsonParser parser, String value) {
            super(parser, "Text holds a NUL character or half of a surrogate pair", value, String.class);
        }

        /** The field's path in the body, e.g. {@code items[2].title}. */
        public String field() {
            return pathOf(this);
        }
    }

    /** A day of a request body before {@link #EARLIEST_DAY} or after {@link #LATEST_DAY}. */
    public static final class DayOutOfRangeException extends InvalidFormatException {

        DayOutOfRangeException(JsonParser parser, String value) {
            super(parser, "A day from " + EARLIEST_DAY + " to " + LATEST_DAY + ", not " + value, value, LocalDate.class);
        }

        /** The field's path in the body, e.g. {@code order.date}. */
        public String field() {
            return pathOf(this);
        }
    }

    /**
     * The path of the field a body holds that its request does not have (e.g. {@code resolutions[0].plan}),
     * if that is why reading it failed; else {@code null}.
     */
    public static String unknownField(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return pathOf(unknown);
            }
        }
        return null;
    }

    /**
     * The path of a null entry of a list in a body (e.g. {@code resolutions[0].responsibleIds[1]}), if
     * that is why reading it failed; else {@code null}.
     */
    public static String nullEntry(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidNullException entry) {
                return pathOf(entry);
            }
        }
        return null;
    }

    private static String pathOf(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A day as ISO writes it, within the days a request may name; anything else is not one. */
    private static final class CheckedDays extends StdScalarDeserializer<LocalDate> {

        CheckedDays() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            LocalDate day;
            try {
                day = LocalDate.parse(text);
            } catch (DateTimeParseException notADay) {
                throw InvalidFormatException.from(parser, "Not a day (YYYY-MM-DD): " + text, text, LocalDate.class);
            }
            if (!withinTheRecord(day)) {
                throw new DayOutOfRangeException(parser, text);
            }
            return day;
        }
    }

    private static final class CheckedStrings extends StdScalarDeserializer<String> {

        CheckedStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (!storable(value)) {
                throw new UnstorableTextException(parser, value);
            }
            return nfc(value);
        }
    }
}
