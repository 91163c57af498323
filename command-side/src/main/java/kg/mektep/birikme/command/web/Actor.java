package kg.mektep.birikme.command.web;

import java.util.Set;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.common.Role;

/**
 * The signed-in user who sends a command: never a value the client supplies. A user of the
 * staff registry acts as that teacher ({@code teacherId}); CHAIR is never among the roles, it
 * follows from the association's election.
 */
public record Actor(String userId, Set<Role> roles, String schoolId, String teacherId) {

    public String rolesText() {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
