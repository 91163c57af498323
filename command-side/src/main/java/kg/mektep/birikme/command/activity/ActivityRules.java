package kg.mektep.birikme.command.activity;

import static kg.mektep.birikme.command.rules.Rules.orEmpty;
import static kg.mektep.birikme.command.rules.Rules.require;

import java.util.Collection;
import java.util.List;
import kg.mektep.birikme.api.activity.Winner;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.command.association.AssociationRegistry.AssociationFacts;
import kg.mektep.birikme.command.rules.Authority;
import kg.mektep.birikme.command.school.SchoolRegistry;

/** Who may record the association's activities, and who may take part in them. */
final class ActivityRules {

    private ActivityRules() {
    }

    /** The deputies control the association's work (clauses 1.7, 9) and may record it as its chair does. */
    static boolean isDeputy(String actorRoles) {
        return Authority.hasRole(actorRoles, Role.DEPUTY_TEACHING) || Authority.hasRole(actorRoles, Role.DEPUTY_METHODOLOGY);
    }

    static boolean isChairOrDeputy(AssociationFacts association, String actorTeacherId, String actorRoles) {
        return isDeputy(actorRoles) || actorTeacherId != null && actorTeacherId.equals(association.chairId());
    }

    /** Clause 5.6: the chair organises the association's work; a deputy may record it too. */
    static void requireChairOrDeputy(AssociationFacts association, String actorTeacherId, String actorRoles) {
        if (!isDeputy(actorRoles)) {
            Authority.requireChair(actorTeacherId, association.chairId());
        }
    }

    /** The people named, at least one, each a member of the association (clause 1.1). */
    static List<String> members(Collection<String> ids, String field, AssociationFacts association) {
        List<String> named = texts(ids, field);
        for (String id : named) {
            require(association.members().contains(id), Refusal.NOT_A_MEMBER, id);
        }
        return named;
    }

    /** Clause 3.9: observers are members or other staff of the association's school. */
    static List<String> staff(Collection<String> ids, SchoolRegistry registry, String schoolId) {
        List<String> named = orEmpty(ids).stream().map(String::strip).distinct().toList();
        for (String id : named) {
            require(registry.teacher(id).filter(teacher -> teacher.schoolId().equals(schoolId)).isPresent(),
                    Refusal.OBSERVER_NOT_ON_STAFF, id);
        }
        return named;
    }

    /** The pupils placed, each with a name, a class and a place from 1; none is allowed. */
    static List<Winner> winners(List<Winner> winners) {
        List<Winner> given = winners == null ? List.of() : winners;
        require(given.stream().allMatch(ActivityRules::complete), Refusal.FIELD_REQUIRED, "winners");
        return given.stream().map(winner -> new Winner(winner.pupilName().strip(), winner.className().strip(),
                winner.place())).toList();
    }

    private static boolean complete(Winner winner) {
        return winner != null && winner.pupilName() != null && !winner.pupilName().isBlank()
                && winner.className() != null && !winner.className().isBlank() && winner.place() >= 1;
    }

    /** At least one non-blank text, stripped, without repeats. */
    static List<String> texts(Collection<String> values, String field) {
        List<String> given = orEmpty(values);
        require(!given.isEmpty() && given.stream().noneMatch(String::isBlank), Refusal.FIELD_REQUIRED, field);
        return given.stream().map(String::strip).distinct().toList();
    }
}
