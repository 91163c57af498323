package kg.mektep.birikme.command.rules;

import java.util.Arrays;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;

/** Who may act, decided on the command side from the actor in the command's metadata. */
public final class Authority {

    private Authority() {
    }

    public static Role requireOneOf(String actorRole, Role... allowed) {
        Role role = parse(actorRole);
        Rules.require(role != null && Arrays.asList(allowed).contains(role), Refusal.ROLE_NOT_ALLOWED,
                String.valueOf(actorRole), Arrays.stream(allowed).map(Role::name).collect(Collectors.joining(", ")));
        return role;
    }

    private static Role parse(String role) {
        try {
            return role == null ? null : Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
