package kg.mektep.birikme.query.history;

import java.util.Map;
import org.springframework.stereotype.Component;

/** Describes an event by its type in words ("Member added"). */
@Component
class TypeNameDescriptions implements EventDescriptions {

    @Override
    public String describe(Object event, Map<String, String> teacherNames) {
        String type = event.getClass().getSimpleName().replaceFirst("Event$", "");
        return type.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
