package kg.mektep.birikme.query.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kg.mektep.birikme.api.common.Role;
import org.springframework.context.MessageSource;

/** Roles a refusal quotes ({@code DEPUTY_TEACHING}, or several with commas), named in the reader's language. */
public final class RoleNames {

    private RoleNames() {
    }

    /** The roles' names (i18n/enums*.properties); a text that is not a list of roles is shown as given. */
    public static String of(String roles, MessageSource messages, Locale locale) {
        if (roles == null || roles.isBlank()) {
            return roles;
        }
        List<String> names = new ArrayList<>();
        for (String part : roles.split(",")) {
            String role = part.strip();
            if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
                return roles;
            }
            names.add(messages.getMessage("enum.Role." + role, null, role, locale));
        }
        return String.join(", ", names);
    }
}
