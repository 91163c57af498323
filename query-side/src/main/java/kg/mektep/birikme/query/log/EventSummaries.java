package kg.mektep.birikme.query.log;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.log.EventSummary;
import org.springframework.stereotype.Component;

/**
 * The one-line summaries of events, from the templates in i18n/events*.properties: one template
 * per event class (its simple name), with {@code {field}} or {@code {field.part}} filled from the
 * payload's record components. A field that is missing or null leaves nothing; a list is joined
 * with commas; an enumerated value is named in the summary's language (i18n/enums*.properties,
 * {@code enum.<type>.<constant>}). No MessageFormat: text from the payload is never read as a pattern.
 */
@Component
public final class EventSummaries {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*)}");
    /** Each template parsed once (a handful per event type and language). */
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();
    /** The component accessors of each record class by component name; none for any other class. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Map.of();
            }
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.put(component.getName(), component.getAccessor());
            }
            return Map.copyOf(accessors);
        }
    };

    private final Properties ky;
    private final Properties ru;
    private final Properties en;
    private final Properties kyNames;
    private final Properties ruNames;
    private final Properties enNames;

    EventSummaries() {
        this.ky = bundle("i18n/events.properties");
        this.ru = bundle("i18n/events_ru.properties");
        this.en = bundle("i18n/events_en.properties");
        this.kyNames = bundle("i18n/enums.properties");
        this.ruNames = bundle("i18n/enums_ru.properties");
        this.enNames = bundle("i18n/enums_en.properties");
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

    /** The name of an enumerated value in the language (ky, ru or en), or null if it has none. */
    String nameOf(String language, Enum<?> constant) {
        Properties names = switch (language) {
            case "ky" -> kyNames;
            case "ru" -> ruNames;
            case "en" -> enNames;
            default -> throw new IllegalArgumentException(language);
        };
        return names.getProperty(nameKey(constant));
    }

    public EventSummary summarise(Object payload) {
        String type = payload.getClass().getSimpleName();
        return new EventSummary(fill(ky.getProperty(type), type, payload, kyNames),
                fill(ru.getProperty(type), type, payload, ruNames), fill(en.getProperty(type), type, payload, enNames));
    }

    private static String fill(String template, String type, Object payload, Properties names) {
        if (template == null) {
            return type;
        }
        return TEMPLATES.computeIfAbsent(template, Template::parse).fill(payload, names);
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
        if (value == null) {
            return null;
        }
        Method accessor = ACCESSORS.get(value.getClass()).get(name);
        if (accessor == null) {
            return null;
        }
        try {
            return accessor.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    /**
     * Runs of white space ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage
     * return) each become one space.
     */
    static String collapseWhiteSpace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    /** A template cut once into its literal parts and the paths between them. */
    private record Template(List<String> literals, List<String> paths) {

        static Template parse(String template) {
            List<String> literals = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            Matcher placeholders = PLACEHOLDER.matcher(template);
            int from = 0;
            while (placeholders.find()) {
                literals.add(template.substring(from, placeholders.start()));
                paths.add(placeholders.group(1));
                from = placeholders.end();
            }
            literals.add(template.substring(from));
            return new Template(List.copyOf(literals), List.copyOf(paths));
        }

        String fill(Object payload, Properties names) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < paths.size(); i++) {
                out.append(literals.get(i)).append(text(valueAt(payload, paths.get(i)), names));
            }
            out.append(literals.get(paths.size()));
            return collapseWhiteSpace(out).strip();
        }
    }

    private static String text(Object value, Properties names) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(each -> text(each, names)).collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> constant) {
            return names.getProperty(nameKey(constant), constant.name());
        }
        return String.valueOf(value);
    }

    /** The key of a constant's name in i18n/enums*.properties. */
    public static String nameKey(Enum<?> constant) {
        return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
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
