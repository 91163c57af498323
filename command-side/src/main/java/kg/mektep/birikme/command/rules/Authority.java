package kg.mektep.birikme.command.rules;

import java.util.Arrays;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;

/**
 * What an aggregate checks of the actor beyond the command bus's role check: the actor's own
 * standing in the association. The actor comes from the command's metadata, set from the
 * signed-in user; CHAIR is never a granted role but the teacher the association elected.
 */
public final class Authority {

    private Authority() {
    }

    /** Clause 5.6: the chair organises the association's work. */
    public static void requireChair(String actorTeacherId, String chairId) {
        Rules.require(actorTeacherId != null && actorTeacherId.equals(chairId), Refusal.NOT_THE_CHAIR);
    }

    public static boolean hasRole(String actorRoles, Role role) {
        return actorRoles != null && Arrays.stream(actorRoles.split(",")).map(String::strip)
                .anyMatch(role.name()::equals);
    }
}
