package kg.mektep.birikme.query.security;

import java.util.Set;
import java.util.TreeSet;
import kg.mektep.birikme.api.common.Role;

/** A signed-in reader without the role a read or an operation of the query side needs. */
public class NotAllowedException extends RuntimeException {

    private final String roles;
    private final Role needed;

    public NotAllowedException(Set<Role> roles, Role needed) {
        super("Role " + needed + " needed");
        this.roles = String.join(",", new TreeSet<>(roles.stream().map(Role::name).toList()));
        this.needed = needed;
    }

    public String roles() {
        return roles;
    }

    public Role needed() {
        return needed;
    }
}
