package kg.mektep.birikme.command.plan;

import static kg.mektep.birikme.command.rules.Rules.orEmpty;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requirePresent;

import java.time.LocalDate;
import java.util.Objects;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.plan.ActivityKind;
import kg.mektep.birikme.api.plan.AnnualPlanContent;
import kg.mektep.birikme.api.plan.IndividualPlanContent;
import kg.mektep.birikme.api.plan.PlannedActivity;
import kg.mektep.birikme.command.association.AssociationRegistry.AssociationFacts;
import kg.mektep.birikme.command.association.AssociationRegistry;

/** What a plan's text must hold, and what its association must be, before any version is stored. */
public final class PlanContentRules {

    private PlanContentRules() {
    }

    /** The association exists in the command's school (another school's looks unknown) and is not dissolved. */
    public static AssociationFacts activeAssociation(AssociationRegistry registry, String associationId, String schoolId) {
        AssociationFacts association = registry.association(associationId)
                .filter(found -> found.schoolId().equals(schoolId))
                .orElseThrow(() -> new RuleViolationException(Refusal.NOT_FOUND, associationId));
        require(association.active(), Refusal.ASSOCIATION_DISSOLVED, associationId);
        return association;
    }

    /** R6 and R7 (clauses 6.6, 6.7): a theme with its goal, and activities complete and within the year. */
    static void requireValid(AnnualPlanContent content, SchoolYear year) {
        requirePresent(content, "content");
        require(content.theme() != null && hasText(content.theme().title()) && hasText(content.theme().goal()),
                Refusal.THEME_REQUIRED);
        require(content.activities() == null || content.activities().stream().noneMatch(Objects::isNull),
                Refusal.FIELD_REQUIRED, "activities");
        for (PlannedActivity activity : orEmpty(content.activities())) {
            require(activity.kind() != null && hasText(activity.title()) && activity.date() != null,
                    Refusal.ACTIVITY_INCOMPLETE, String.valueOf(activity.title()));
            if (activity.kind() == ActivityKind.OPEN_LESSON) {
                require(hasText(activity.teacherId()) && hasText(activity.topic()) && hasText(activity.className()),
                        Refusal.ACTIVITY_INCOMPLETE, activity.title());
            }
            requireWithin(activity.date(), year);
        }
    }

    static void requireValid(IndividualPlanContent content) {
        requirePresent(content, "content");
        require(orEmpty(content.workItems()).stream().anyMatch(PlanContentRules::hasText),
                Refusal.FIELD_REQUIRED, "workItems");
    }

    private static void requireWithin(LocalDate day, SchoolYear year) {
        require(!day.isBefore(year.firstDay()) && !day.isAfter(year.lastDay()),
                Refusal.ACTIVITY_OUTSIDE_SCHOOL_YEAR, day, year);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
