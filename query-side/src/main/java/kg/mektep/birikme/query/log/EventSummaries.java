package kg.mektep.birikme.query.log;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.log.EventSummary;
import org.springframework.stereotype.Component;

/**
 * The one-line summaries of events, from the templates in i18n/events*.properties: one template
 * per event class (its simple name), with {@code {field}} or {@code {field.part}} filled from the
 * payload's record components. A field that is missing or null leaves nothing; a list is joined
 * with commas. No MessageFormat: text from the payload is never read as a pattern.
 */
@Component
public final class EventSummaries {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*)}");

    private final Properties ky;
    private final Properties ru;
    private final Properties en;

    EventSummaries() {
        this.ky = bundle("i18n/events.properties");
        this.ru = bundle("i18n/events_ru.properties");
        this.en = bundle("i18n/events_en.properties");
    }

    /** The event types the log knows: every one has a template. */
    Set<String> eventTypes() {
        return new TreeSet<>(ky.stringPropertyNames());
    }

    /** The template of that type in the language (ky, ru or en), or null. */
    String template(String language, String eventType) {
        Properties bundle = switch (language) {
            case "ky" -> ky;
            case "ru" -> ru;
            case "en" -> en;
            default -> throw new IllegalArgumentException(language);
        };
        return bundle.getProperty(eventType);
    }

    public EventSummary summarise(Object payload) {
        String type = payload.getClass().getSimpleName();
        return new EventSummary(fill(ky.getProperty(type), type, payload), fill(ru.getProperty(type), type, payload),
                fill(en.getProperty(type), type, payload));
    }

    private static String fill(String template, String type, Object payload) {
        if (template == null) {
            return type;
        }
        Matcher placeholders = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholders.find()) {
            placeholders.appendReplacement(out, Matcher.quoteReplacement(text(valueAt(payload, placeholders.group(1)))));
        }
        placeholders.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The value at a dotted path of record components, or null where the path leads nowhere. */
    static Object valueAt(Object value, String path) {
        Object current = value;
        for (String name : path.split("\\.")) {
            current = component(current, name);
        }
        return current;
    }

    private static Object component(Object value, String name) {
        if (value == null || !value.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(value);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(EventSummaries::text).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = EventSummaries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
