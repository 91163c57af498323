package kg.mektep.birikme.command.meeting;

import static kg.mektep.birikme.command.rules.Rules.orEmpty;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requireEntries;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.meeting.Absence;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.Resolution;
import kg.mektep.birikme.command.association.AssociationRegistry;

/** What a protocol must say (R9, clause 5.6): everyone's attendance, the agenda, the resolutions. */
final class Protocols {

    private Protocols() {
    }

    /** Each list of the protocol holds entries only, to the responsible of each resolution (see Rules.requireEntries). */
    static void requireEntriesOfEveryList(ProtocolContent content) {
        requireEntries(content.presentIds(), "presentIds");
        requireEntries(content.absences(), "absences");
        requireEntries(content.guests(), "guests");
        requireEntries(content.agenda(), "agenda");
        requireEntries(content.heard(), "heard");
        requireEntries(content.resolutions(), "resolutions");
        List<Resolution> resolutions = orEmpty(content.resolutions());
        for (int i = 0; i < resolutions.size(); i++) {
            requireEntries(resolutions.get(i).responsibleIds(), "resolutions[" + i + "].responsibleIds");
        }
    }

    /** Quorum: more than half of the members present. */
    static boolean isQuorate(ProtocolContent content, int members) {
        return orEmpty(content.presentIds()).size() * 2 > members;
    }

    /** Every member appears once, present or absent with a reason; nobody else does. */
    static void requireAttendanceOfEveryMember(ProtocolContent content, Set<String> members) {
        List<String> named = new ArrayList<>(orEmpty(content.presentIds()));
        for (Absence absence : orEmpty(content.absences())) {
            named.add(absence.teacherId());
            require(absence.reason() != null && !absence.reason().isBlank(), Refusal.ABSENCE_REASON_REQUIRED,
                    String.valueOf(absence.teacherId()));
        }
        for (String teacherId : named) {
            require(members.contains(teacherId), Refusal.ATTENDEE_NOT_A_MEMBER, String.valueOf(teacherId));
        }
        Set<String> once = new HashSet<>(named);
        List<String> wrong = new ArrayList<>(members.stream().filter(member -> !once.contains(member)).sorted().toList());
        if (once.size() != named.size()) {
            named.stream().filter(id -> named.indexOf(id) != named.lastIndexOf(id)).distinct().forEach(wrong::add);
        }
        require(wrong.isEmpty(), Refusal.ATTENDANCE_INCOMPLETE, String.join(", ", wrong));
    }

    static void requireAgendaAndResolutions(ProtocolContent content) {
        require(orEmpty(content.agenda()).stream().anyMatch(item -> !item.isBlank()), Refusal.FIELD_REQUIRED, "agenda");
        List<Resolution> resolutions = orEmpty(content.resolutions());
        require(!resolutions.isEmpty() && resolutions.size() == content.resolutions().size()
                && resolutions.stream().allMatch(r -> r.text() != null && !r.text().isBlank()), Refusal.RESOLUTION_REQUIRED);
    }

    /** Those a resolution makes responsible are members of the association (clause 5.6). */
    static void requireResponsibleMembers(ProtocolContent content, Set<String> members) {
        for (Resolution resolution : orEmpty(content.resolutions())) {
            for (String responsibleId : orEmpty(resolution.responsibleIds())) {
                require(members.contains(responsibleId), Refusal.NOT_A_MEMBER, String.valueOf(responsibleId));
            }
        }
    }

    /** A resolution approving an individual plan names a plan of this association's members (clause 3.4). */
    static void requirePlansOfThisAssociation(ProtocolContent content, AssociationRegistry registry, String associationId) {
        orEmpty(content.resolutions()).stream().map(Resolution::approvesIndividualPlanId).filter(Objects::nonNull)
                .forEach(planId -> requirePlanOfThisAssociation(planId, registry, associationId));
    }

    static void requirePlanOfThisAssociation(String planId, AssociationRegistry registry, String associationId) {
        require(registry.associationOfIndividualPlan(planId).filter(associationId::equals).isPresent(),
                Refusal.PLAN_NOT_OF_ASSOCIATION, planId);
    }
}
