package kg.mektep.birikme.query.log;

import java.util.Set;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.common.Role;

/** The reader's roles do not include one that reads the event log. */
class LogNotAllowedException extends RuntimeException {

    private final String roles;

    LogNotAllowedException(Set<Role> roles) {
        super("The event log is not for roles " + roles);
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    String roles() {
        return roles;
    }

    static String allowed() {
        return LogScope.READERS.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
