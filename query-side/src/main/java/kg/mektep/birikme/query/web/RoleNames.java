package kg.mektep.birikme.query.web;

import java.util.Locale;
import kg.mektep.birikme.api.common.Role;
import org.springframework.context.MessageSource;

/** Roles a refusal quotes ({@code DEPUTY_TEACHING}, or several with commas), named in the reader's language. */
public final class RoleNames {

    private RoleNames() {
    }

    /** The roles' names (i18n/enums*.properties); a text that is not a list of roles is shown as given. */
    public static String of(String roles, MessageSource messages, Locale locale) {
        return Role.named(roles, role -> messages.getMessage("enum.Role." + role.name(), null, role.name(), locale));
    }
}
