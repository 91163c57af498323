package kg.mektep.birikme.command.association;

import static kg.mektep.birikme.command.rules.Rules.orEmpty;
import static kg.mektep.birikme.command.rules.Rules.require;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import kg.mektep.birikme.command.school.SchoolRegistry;
import kg.mektep.birikme.command.school.StaffMember;

/** R1 (clause 1.1): at least four member teachers of the school, from the subject areas the association covers. */
final class Membership {

    private final SchoolRegistry registry;
    private final String schoolId;
    private final AssociationKind kind;
    private final Set<String> subjects;

    Membership(SchoolRegistry registry, String schoolId, AssociationKind kind, List<String> subjects) {
        this.registry = registry;
        this.schoolId = schoolId;
        this.kind = kind;
        this.subjects = normalized(orEmpty(subjects));
    }

    void requireValid(List<String> memberIds) {
        require(new HashSet<>(memberIds).size() == memberIds.size(), Refusal.DUPLICATE_MEMBER);
        require(memberIds.size() >= Association.MINIMUM_MEMBERS, Refusal.TOO_FEW_MEMBERS,
                memberIds.size(), Association.MINIMUM_MEMBERS);
        memberIds.forEach(this::requireTeacherFits);
    }

    void requireTeacherFits(String teacherId) {
        StaffMember teacher = registry.teacher(teacherId)
                .orElseThrow(() -> new RuleViolationException(
                        Refusal.MEMBER_NOT_ON_STAFF, teacherId));
        require(teacher.schoolId().equals(schoolId), Refusal.MEMBER_NOT_ON_STAFF, teacherId);
        if (kind.coversSubjects()) {
            Set<String> taught = normalized(teacher.subjects());
            require(taught.stream().anyMatch(subjects::contains), Refusal.MEMBER_SUBJECT_NOT_COVERED,
                    teacherId, String.join(", ", teacher.subjects()));
        }
    }

    private static Set<String> normalized(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
