package kg.mektep.birikme.command.plan;

import static kg.mektep.birikme.command.rules.Rules.orEmpty;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requireEntries;
import static kg.mektep.birikme.command.rules.Rules.requirePresent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

    /** Bounds of a plan's text, so that no version grows beyond what a plan holds. */
    static final int MAXIMUM_ENTRIES = 500;
    static final int MAXIMUM_TEXT = 5_000;

    /** R6 and R7 (clauses 6.6, 6.7): a theme with its goal, and activities complete and within the year. */
    static void requireValid(AnnualPlanContent content, SchoolYear year) {
        requirePresent(content, "content");
        if (content.theme() != null) {
            requireWithinBounds("theme.title", content.theme().title());
            requireWithinBounds("theme.goal", content.theme().goal());
            requireWithinBounds("theme.directions", content.theme().directions());
            requireWithinBounds("theme.tasks", content.theme().tasks());
        }
        if (content.grounds() != null) {
            requireWithinBounds("grounds.schoolPlan", content.grounds().schoolPlan());
            requireWithinBounds("grounds.districtRecommendations", content.grounds().districtRecommendations());
        }
        require(orEmpty(content.activities()).size() <= MAXIMUM_ENTRIES, Refusal.FIELD_TOO_LONG, "activities",
                MAXIMUM_ENTRIES);
        for (PlannedActivity activity : orEmpty(content.activities())) {
            if (activity != null) {
                requireWithinBounds("activities.title", activity.title());
                requireWithinBounds("activities.topic", activity.topic());
                requireWithinBounds("activities.className", activity.className());
                requireWithinBounds("activities.teacherId", activity.teacherId());
            }
        }
        require(content.theme() != null && hasText(content.theme().title()) && hasText(content.theme().goal()),
                Refusal.THEME_REQUIRED);
        requireEntries(content.activities(), "activities");
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

    /**
     * The open lessons still to come in the plan are given by members of the association (clauses
     * 5.4, 6.7); those already past stay as planned, whoever has left since.
     */
    static void requireLessonsOfMembers(AnnualPlanContent content, Set<String> members, LocalDate today) {
        for (PlannedActivity activity : orEmpty(content.activities())) {
            if (activity.kind() == ActivityKind.OPEN_LESSON && !activity.date().isBefore(today)) {
                require(members.contains(activity.teacherId()), Refusal.NOT_A_MEMBER, activity.teacherId());
            }
        }
    }

    static void requireValid(IndividualPlanContent content) {
        requirePresent(content, "content");
        requireWithinBounds("workItems", content.workItems());
        requireWithinBounds("selfEducationTopic", content.selfEducationTopic());
        requireWithinBounds("selfEducationSteps", content.selfEducationSteps());
        require(orEmpty(content.workItems()).stream().anyMatch(PlanContentRules::hasText),
                Refusal.FIELD_REQUIRED, "workItems");
    }

    private static void requireWithinBounds(String field, String text) {
        require(text == null || text.length() <= MAXIMUM_TEXT, Refusal.FIELD_TOO_LONG, field, MAXIMUM_TEXT);
    }

    private static void requireWithinBounds(String field, List<String> entries) {
        require(orEmpty(entries).size() <= MAXIMUM_ENTRIES, Refusal.FIELD_TOO_LONG, field, MAXIMUM_ENTRIES);
        requireEntries(entries, field);
        for (String entry : orEmpty(entries)) {
            requireWithinBounds(field, entry);
        }
    }

    private static void requireWithin(LocalDate day, SchoolYear year) {
        require(!day.isBefore(year.firstDay()) && !day.isAfter(year.lastDay()),
                Refusal.ACTIVITY_OUTSIDE_SCHOOL_YEAR, day, year);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
