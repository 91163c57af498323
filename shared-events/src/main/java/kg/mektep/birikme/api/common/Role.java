package kg.mektep.birikme.api.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The people and bodies of the regulation who act in the system (DOMAIN.md, "People and bodies"). */
public enum Role {
    DIRECTOR,
    /** Deputy director for teaching and upbringing work (ОТИ / УВР). */
    DEPUTY_TEACHING,
    /** Deputy director for scientific-methodological work (ИУИ / НМР). */
    DEPUTY_METHODOLOGY,
    CHAIR,
    TEACHER,
    INSPECTOR,
    ADMIN;

    /**
     * Roles a refusal quotes ({@code DEPUTY_TEACHING}, or several with commas), each named by
     * {@code nameOf} (the reader's language); a text that is not a list of roles is given back as it is.
     */
    public static String named(String roles, Function<Role, String> nameOf) {
        if (roles == null || roles.isBlank()) {
            return roles;
        }
        List<String> names = new ArrayList<>();
        for (String part : roles.split(",")) {
            Role role = byName(part.strip());
            if (role == null) {
                return roles;
            }
            names.add(nameOf.apply(role));
        }
        return String.join(", ", names);
    }

    private static Role byName(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }
}
