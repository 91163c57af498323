package kg.mektep.birikme.command.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.Set;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.common.Role;

/**
 * The signed-in user who sends a command: never a value the client supplies, so the API document
 * does not show it among a command's parameters. A user of the staff registry acts as that teacher
 * ({@code teacherId}); CHAIR is never among the roles, it follows from the association's election.
 */
@Hidden
public record Actor(String userId, Set<Role> roles, String schoolId, String teacherId) {

    public String rolesText() {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
