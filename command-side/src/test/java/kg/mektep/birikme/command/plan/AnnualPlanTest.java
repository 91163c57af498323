package kg.mektep.birikme.command.plan;

import static kg.mektep.birikme.command.plan.PlanTestData.*;
import static kg.mektep.birikme.command.plan.RefusalMatcher.refusedWith;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kg.mektep.birikme.api.common.CanonicalJson;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.plan.ActivityKind;
import kg.mektep.birikme.api.plan.AnnualPlanContent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.api.plan.DraftAnnualPlanCommand;
import kg.mektep.birikme.api.plan.MethodologicalTheme;
import kg.mektep.birikme.api.plan.PlanGrounds;
import kg.mektep.birikme.api.plan.PlannedActivity;
import kg.mektep.birikme.api.plan.ReviseAnnualPlanCommand;
import kg.mektep.birikme.api.plan.SubmitAnnualPlanCommand;
import kg.mektep.birikme.command.archive.InMemoryArchiveRegistry;
import kg.mektep.birikme.command.association.AssociationRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The chair drafts, revises and submits the association's annual work plan (R6, R7). */
class AnnualPlanTest {

    private final InMemoryAssociationRegistry registry = PlanTestData.registry();
    private FixtureConfiguration<AnnualPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = newFixture();
    }

    private FixtureConfiguration<AnnualPlan> newFixture() {
        FixtureConfiguration<AnnualPlan> configured = new AggregateTestFixture<>(AnnualPlan.class);
        configured.registerInjectableResource(kg.mektep.birikme.command.school.TestCalendar.on(PlanTestData.TODAY));
        configured.registerInjectableResource(registry);
        configured.registerInjectableResource(new InMemoryArchiveRegistry());
        return configured;
    }

    private static DraftAnnualPlanCommand draft(AnnualPlanContent content) {
        return new DraftAnnualPlanCommand(PLAN, SCHOOL, ASSOCIATION, YEAR, content);
    }

    // --- drafting ---------------------------------------------------------------------------

    @Test
    void canDraftThePlanAsChair() {
        AnnualPlanContent content = annualContent();

        fixture.givenNoPriorActivity()
                .when(draft(content), asChair())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AnnualPlanDraftedEvent(PLAN, SCHOOL, ASSOCIATION, YEAR, 1, content,
                        CanonicalJson.sha256(content)));
    }

    @Test
    void cannotDraftASecondAnnualPlanForTheSameYear() {
        registry.withAnnualPlan(ASSOCIATION, YEAR);

        fixture.givenNoPriorActivity()
                .when(draft(annualContent()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ANNUAL_PLAN_EXISTS, "2025-2026"));
    }

    @Test
    void lastYearsPlanDoesNotStandInTheWayOfThisYears() {
        registry.withAnnualPlan(ASSOCIATION, YEAR - 1);

        fixture.givenNoPriorActivity()
                .when(draft(annualContent()), asChair())
                .expectEvents(drafted());
    }

    @Test
    void cannotDraftForADissolvedAssociation() {
        fixture.givenNoPriorActivity()
                .when(new DraftAnnualPlanCommand(PLAN, SCHOOL, DISSOLVED_ASSOCIATION, YEAR, annualContent()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, DISSOLVED_ASSOCIATION));
    }

    @Test
    void associationOfAnotherSchoolLooksUnknown() {
        fixture.givenNoPriorActivity()
                .when(new DraftAnnualPlanCommand(PLAN, SCHOOL, OTHER_SCHOOLS_ASSOCIATION, YEAR, annualContent()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, OTHER_SCHOOLS_ASSOCIATION));
    }

    @Test
    void anotherSchoolCannotDraftForThisSchoolsAssociation() {
        fixture.givenNoPriorActivity()
                .when(new DraftAnnualPlanCommand(PLAN, OTHER_SCHOOL, ASSOCIATION, YEAR, annualContent()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, ASSOCIATION));
    }

    @Test
    void anUnknownAssociationIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new DraftAnnualPlanCommand(PLAN, SCHOOL, "ma-zhok", YEAR, annualContent()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, "ma-zhok"));
    }

    @Test
    void cannotDraftWithoutAMethodologicalTheme() {
        fixture.givenNoPriorActivity()
                .when(draft(withTheme(null)), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.THEME_REQUIRED));
    }

    static Stream<MethodologicalTheme> themesWithoutTitleOrGoal() {
        MethodologicalTheme theme = theme();
        return Stream.of(
                new MethodologicalTheme(null, theme.goal(), theme.directions(), theme.tasks()),
                new MethodologicalTheme("  ", theme.goal(), theme.directions(), theme.tasks()),
                new MethodologicalTheme(theme.title(), null, theme.directions(), theme.tasks()),
                new MethodologicalTheme(theme.title(), "\t", theme.directions(), theme.tasks()));
    }

    @ParameterizedTest
    @MethodSource("themesWithoutTitleOrGoal")
    void aThemeNamesItsTitleAndGoal(MethodologicalTheme theme) {
        fixture.givenNoPriorActivity()
                .when(draft(withTheme(theme)), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.THEME_REQUIRED));
    }

    @Test
    void cannotDraftWithoutContent() {
        fixture.givenNoPriorActivity()
                .when(draft(null), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "content"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-08-31", "2026-09-01"})
    void cannotPlanAnActivityOutsideTheSchoolYear(String day) {
        LocalDate date = LocalDate.parse(day);
        List<PlannedActivity> activities = List.of(activity(ActivityKind.SEMINAR, "Семинар: окуу сабаттуулугу", date));

        fixture.givenNoPriorActivity()
                .when(draft(withActivities(activities)), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ACTIVITY_OUTSIDE_SCHOOL_YEAR, date, "2025-2026"));
    }

    @Test
    void theFirstAndLastDayOfTheSchoolYearAreWithinIt() {
        AnnualPlanContent content = withActivities(List.of(
                activity(ActivityKind.MEETING, "Отурум №1: жылдык планды талкуулоо", LocalDate.of(2025, 9, 1)),
                activity(ActivityKind.MEETING, "Акыркы отурум: жылдын жыйынтыгы", LocalDate.of(2026, 8, 31))));

        fixture.givenNoPriorActivity()
                .when(draft(content), asChair())
                .expectEvents(new AnnualPlanDraftedEvent(PLAN, SCHOOL, ASSOCIATION, YEAR, 1, content,
                        CanonicalJson.sha256(content)));
    }

    static Stream<PlannedActivity> incompleteActivities() {
        LocalDate day = LocalDate.of(2025, 10, 15);
        return Stream.of(
                activity(null, "Предметтик жумалык", day),
                activity(ActivityKind.SUBJECT_WEEK, null, day),
                activity(ActivityKind.SUBJECT_WEEK, " ", day),
                activity(ActivityKind.SUBJECT_WEEK, "Предметтик жумалык", null));
    }

    @ParameterizedTest
    @MethodSource("incompleteActivities")
    void anActivityHasAKindATitleAndADate(PlannedActivity incomplete) {
        fixture.givenNoPriorActivity()
                .when(draft(withActivities(List.of(incomplete))), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ACTIVITY_INCOMPLETE));
    }

    static Stream<PlannedActivity> openLessonsMissingTeacherTopicOrClass() {
        return Stream.of(
                openLesson(null, "Дүйшөндүн образы", "9-А"),
                openLesson(" ", "Дүйшөндүн образы", "9-А"),
                openLesson("t-cholpon", null, "9-А"),
                openLesson("t-cholpon", "", "9-А"),
                openLesson("t-cholpon", "Дүйшөндүн образы", null),
                openLesson("t-cholpon", "Дүйшөндүн образы", "  "));
    }

    @ParameterizedTest
    @MethodSource("openLessonsMissingTeacherTopicOrClass")
    void openLessonNamesTeacherTopicAndClass(PlannedActivity openLesson) {
        fixture.givenNoPriorActivity()
                .when(draft(withActivities(List.of(openLesson))), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ACTIVITY_INCOMPLETE, openLesson.title()));
    }

    /** Clauses 5.4, 6.7: the open lessons of the plan are the association's members' lessons, in a draft and a revision. */
    @Test
    void anOpenLessonIsGivenByAMember() {
        AnnualPlanContent content = withActivities(List.of(openLesson(OUTSIDER_ID, "Дүйшөндүн образы", "9-А")));
        fixture.givenNoPriorActivity()
                .when(draft(content), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_A_MEMBER, OUTSIDER_ID));
        fixture.given(drafted())
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL, content), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_A_MEMBER, OUTSIDER_ID));
    }

    /** An open lesson already past stays as planned when the plan is revised, though its teacher has left since. */
    @Test
    void aPastOpenLessonOfATeacherWhoLeftStaysInARevision() {
        AnnualPlanContent content = withActivities(List.of(openLesson(OUTSIDER_ID, "Дүйшөндүн образы", "9-А")));
        FixtureConfiguration<AnnualPlan> inDecember = new AggregateTestFixture<>(AnnualPlan.class);
        inDecember.registerInjectableResource(registry);
        inDecember.registerInjectableResource(new InMemoryArchiveRegistry());
        LocalDate lessonDay = content.activities().get(0).date();
        inDecember.registerInjectableResource(kg.mektep.birikme.command.school.TestCalendar.on(lessonDay.plusDays(1)));
        inDecember.given(drafted())
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL, content), asChair())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aMissingActivityIsRefusedAsARequiredField() {
        fixture.givenNoPriorActivity()
                .when(draft(withActivities(Arrays.asList(openLesson(), null))), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "activities[1]"));
    }

    /** A null direction or task would be stored as sent, unchecked: refused naming the entry, in a draft and a revision. */
    static Stream<Arguments> themesWithAMissingEntry() {
        MethodologicalTheme theme = theme();
        return Stream.of(
                arguments("theme.directions[0]", new MethodologicalTheme(theme.title(), theme.goal(),
                        Arrays.asList((String) null), theme.tasks())),
                arguments("theme.directions[1]", new MethodologicalTheme(theme.title(), theme.goal(),
                        Arrays.asList(theme.directions().get(0), null), theme.tasks())),
                arguments("theme.tasks[0]", new MethodologicalTheme(theme.title(), theme.goal(),
                        theme.directions(), Arrays.asList((String) null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themesWithAMissingEntry")
    void aMissingEntryOfTheThemeIsRefusedNamingIt(String field, MethodologicalTheme theme) {
        newFixture().givenNoPriorActivity()
                .when(draft(withTheme(theme)), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, field));
        newFixture().given(drafted())
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL, withTheme(theme)), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, field));
    }

    // --- bounds of the text -----------------------------------------------------------------

    private static final String BEYOND_A_TEXT = "ө".repeat(PlanContentRules.MAXIMUM_TEXT + 1);
    private static final List<String> BEYOND_A_LIST =
            Collections.nCopies(PlanContentRules.MAXIMUM_ENTRIES + 1, "Багыт");

    /** Each text of the plan, and each list, one character or one entry beyond its bound: the refusal names it. */
    static Stream<Arguments> textsBeyondTheirBounds() {
        MethodologicalTheme theme = theme();
        PlanGrounds grounds = grounds();
        PlannedActivity lesson = openLesson();
        return Stream.of(
                arguments("theme.title", withTheme(new MethodologicalTheme(BEYOND_A_TEXT, theme.goal(),
                        theme.directions(), theme.tasks())), 5_000),
                arguments("theme.goal", withTheme(new MethodologicalTheme(theme.title(), BEYOND_A_TEXT,
                        theme.directions(), theme.tasks())), 5_000),
                arguments("theme.directions", withTheme(new MethodologicalTheme(theme.title(), theme.goal(),
                        BEYOND_A_LIST, theme.tasks())), 500),
                arguments("theme.directions", withTheme(new MethodologicalTheme(theme.title(), theme.goal(),
                        List.of(theme.directions().get(0), BEYOND_A_TEXT), theme.tasks())), 5_000),
                arguments("theme.tasks", withTheme(new MethodologicalTheme(theme.title(), theme.goal(),
                        theme.directions(), BEYOND_A_LIST)), 500),
                arguments("theme.tasks", withTheme(new MethodologicalTheme(theme.title(), theme.goal(),
                        theme.directions(), List.of(BEYOND_A_TEXT))), 5_000),
                arguments("grounds.schoolPlan", withGrounds(new PlanGrounds(BEYOND_A_TEXT,
                        grounds.districtRecommendations())), 5_000),
                arguments("grounds.districtRecommendations", withGrounds(new PlanGrounds(grounds.schoolPlan(),
                        BEYOND_A_TEXT)), 5_000),
                arguments("activities", withActivities(Collections.nCopies(501, lesson)), 500),
                arguments("activities.title", withActivities(List.of(new PlannedActivity(lesson.kind(), BEYOND_A_TEXT,
                        lesson.date(), lesson.teacherId(), lesson.topic(), lesson.className()))), 5_000),
                arguments("activities.topic", withActivities(List.of(new PlannedActivity(lesson.kind(), lesson.title(),
                        lesson.date(), lesson.teacherId(), BEYOND_A_TEXT, lesson.className()))), 5_000),
                arguments("activities.className", withActivities(List.of(new PlannedActivity(lesson.kind(),
                        lesson.title(), lesson.date(), lesson.teacherId(), lesson.topic(), BEYOND_A_TEXT))), 5_000),
                arguments("activities.teacherId", withActivities(List.of(new PlannedActivity(lesson.kind(),
                        lesson.title(), lesson.date(), BEYOND_A_TEXT, lesson.topic(), lesson.className()))), 5_000));
    }

    @ParameterizedTest(name = "{0} beyond {2}")
    @MethodSource("textsBeyondTheirBounds")
    void aPlanHasBoundsOfItsText(String field, AnnualPlanContent content, int bound) {
        newFixture().givenNoPriorActivity()
                .when(draft(content), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_TOO_LONG, field, bound));
        newFixture().given(drafted())
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL, content), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_TOO_LONG, field, bound));
    }

    @Test
    void aPlanAtTheBoundsOfItsTextIsAccepted() {
        String text = "ү".repeat(PlanContentRules.MAXIMUM_TEXT);
        List<PlannedActivity> activities = new ArrayList<>(Collections.nCopies(PlanContentRules.MAXIMUM_ENTRIES - 1,
                activity(ActivityKind.MEETING, "Отурум", LocalDate.of(2025, 10, 3))));
        // The lesson's teacher is a member (an id, not a text at its bound).
        activities.add(new PlannedActivity(ActivityKind.OPEN_LESSON, text, LocalDate.of(2025, 11, 12),
                TEACHER_ID, text, text));
        AnnualPlanContent content = new AnnualPlanContent(
                new MethodologicalTheme(text, text, Collections.nCopies(PlanContentRules.MAXIMUM_ENTRIES, "Багыт"),
                        List.of(text)),
                List.copyOf(activities), new PlanGrounds(text, text));

        fixture.givenNoPriorActivity()
                .when(draft(content), asChair())
                .expectEvents(new AnnualPlanDraftedEvent(PLAN, SCHOOL, ASSOCIATION, YEAR, 1, content,
                        CanonicalJson.sha256(content)));
    }

    // --- who drafts, revises and submits ----------------------------------------------------

    /** Clause 5.6: a member who is not the chair, a teacher of no association, a deputy: none of them plans. */
    static Stream<Map<String, String>> notTheChair() {
        return Stream.of(asTeacher(TEACHER_ID), asTeacher(OUTSIDER_ID), actingAs(Role.DEPUTY_TEACHING, DEPUTY_ID),
                Map.of());
    }

    @ParameterizedTest
    @MethodSource("notTheChair")
    void onlyTheChairDraftsRevisesAndSubmits(Map<String, String> actor) {
        newFixture().givenNoPriorActivity()
                .when(draft(annualContent()), actor)
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_THE_CHAIR));
        newFixture().given(drafted())
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL, amendedContent()), actor)
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_THE_CHAIR));
        newFixture().given(drafted())
                .when(new SubmitAnnualPlanCommand(PLAN, SCHOOL), actor)
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }

    // --- revising ---------------------------------------------------------------------------

    @Test
    void revisingADraftMakesItsNextVersion() {
        AnnualPlanContent amended = amendedContent();

        fixture.given(drafted())
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL, amended), asChair())
                .expectEvents(revised(2, amended));
    }

    @Test
    void aReturnedPlanIsRevisedAsItsNextVersion() {
        fixture.given(drafted(), submitted(1, annualContent()), returned(1))
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL, amendedContent()), asChair())
                .expectEvents(revised(2, amendedContent()));
    }

    @Test
    void cannotReviseWhileUnderReview() {
        fixture.given(drafted(), submitted(1, annualContent()))
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL, amendedContent()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PLAN_UNDER_REVIEW));
    }

    @Test
    void aRevisionIsCheckedLikeTheDraft() {
        newFixture().given(drafted())
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL, withTheme(null)), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.THEME_REQUIRED));
        LocalDate nextYear = LocalDate.of(2026, 9, 1);
        newFixture().given(drafted())
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL,
                        withActivities(List.of(activity(ActivityKind.MEETING, "Отурум", nextYear)))), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ACTIVITY_OUTSIDE_SCHOOL_YEAR, nextYear, "2025-2026"));
        newFixture().given(drafted())
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL, null), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "content"));
    }

    @Test
    void aPlanOfAnotherSchoolLooksUnknownToItsChair() {
        newFixture().given(drafted())
                .when(new ReviseAnnualPlanCommand(PLAN, OTHER_SCHOOL, amendedContent()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, PLAN));
        newFixture().given(drafted())
                .when(new SubmitAnnualPlanCommand(PLAN, OTHER_SCHOOL), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, PLAN));
    }

    @Test
    void aDissolvedAssociationNeitherRevisesNorSubmits() {
        registry.dissolve(ASSOCIATION);

        newFixture().given(drafted())
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL, amendedContent()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, ASSOCIATION));
        newFixture().given(drafted())
                .when(new SubmitAnnualPlanCommand(PLAN, SCHOOL), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, ASSOCIATION));
    }

    // --- submitting -------------------------------------------------------------------------

    @Test
    void theChairSubmitsTheDraft() {
        fixture.given(drafted())
                .when(new SubmitAnnualPlanCommand(PLAN, SCHOOL), asChair())
                .expectEvents(submitted(1, annualContent()));
    }

    @Test
    void theNewestVersionIsSubmittedWithItsHash() {
        fixture.given(drafted(), revised(2, amendedContent()))
                .when(new SubmitAnnualPlanCommand(PLAN, SCHOOL), asChair())
                .expectEvents(submitted(2, amendedContent()));
    }

    @Test
    void cannotResubmitAReturnedVersionUnchanged() {
        fixture.given(drafted(), submitted(1, annualContent()), returned(1))
                .when(new SubmitAnnualPlanCommand(PLAN, SCHOOL), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOTHING_TO_SUBMIT));
    }

    @Test
    void aReturnedPlanIsSubmittedAgainOnceRevised() {
        fixture.given(drafted(), submitted(1, annualContent()), returned(1), revised(2, amendedContent()))
                .when(new SubmitAnnualPlanCommand(PLAN, SCHOOL), asChair())
                .expectEvents(submitted(2, amendedContent()));
    }

    @Test
    void cannotSubmitAgainWhileUnderReview() {
        fixture.given(drafted(), submitted(1, annualContent()))
                .when(new SubmitAnnualPlanCommand(PLAN, SCHOOL), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOTHING_TO_SUBMIT));
    }

    @Test
    void cannotSubmitTheApprovedVersionAgain() {
        fixture.given(drafted(), submitted(1, annualContent()), approved(1, annualContent()))
                .when(new SubmitAnnualPlanCommand(PLAN, SCHOOL), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOTHING_TO_SUBMIT));
    }
}
