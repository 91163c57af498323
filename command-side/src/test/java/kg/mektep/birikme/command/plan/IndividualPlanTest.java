package kg.mektep.birikme.command.plan;

import static kg.mektep.birikme.command.plan.PlanTestData.*;
import static kg.mektep.birikme.command.plan.RefusalMatcher.refusedWith;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kg.mektep.birikme.api.common.CanonicalJson;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.plan.ApproveIndividualPlanCommand;
import kg.mektep.birikme.api.plan.IndividualPlanApprovedEvent;
import kg.mektep.birikme.api.plan.IndividualPlanContent;
import kg.mektep.birikme.api.plan.IndividualPlanSubmittedEvent;
import kg.mektep.birikme.api.plan.ReviseIndividualPlanCommand;
import kg.mektep.birikme.api.plan.SubmitIndividualPlanCommand;
import kg.mektep.birikme.command.association.AssociationRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** R8 (clauses 3.4, 5.3): a member's individual plan, approved by a resolution of a meeting of the association. */
class IndividualPlanTest {

    private static final String PLAN = "individual-plan-t-aigul-2025";

    /** Version 1 is submitted on 20 September 2025, before the protocol of the 26th (no. 2) that approves it is recorded. */
    private static final Instant BEFORE_THE_MEETING = Instant.parse("2025-09-20T04:00:00Z");
    /** Protocol 4 of 17 October 2025 approves the plan too; protocol 5 of 24 October names no plan. */
    private static final DocumentRef LATER_MEETING = new DocumentRef("4", LocalDate.of(2025, 10, 17));
    private static final DocumentRef MEETING_ON_OTHER_PLANS = new DocumentRef("5", LocalDate.of(2025, 10, 24));

    private final InMemoryAssociationRegistry registry = PlanTestData.registry()
            .withResolutionApproving(ASSOCIATION, YEAR, 2, PLAN)
            .withProtocol(ASSOCIATION, YEAR, 4, LATER_MEETING.date(), true)
            .withResolutionApproving(ASSOCIATION, YEAR, 4, PLAN)
            .withProtocol(ASSOCIATION, YEAR, 5, MEETING_ON_OTHER_PLANS.date(), true)
            .withResolutionApproving(ASSOCIATION, YEAR, 5, "individual-plan-t-bakyt-2025");

    private FixtureConfiguration<IndividualPlan> fixture() {
        FixtureConfiguration<IndividualPlan> fixture = new AggregateTestFixture<>(IndividualPlan.class);
        fixture.registerInjectableResource(registry);
        return fixture;
    }

    /** The plan's history, as of 20 September 2025. */
    private TestExecutor<IndividualPlan> given(Object... events) {
        return fixture().givenCurrentTime(BEFORE_THE_MEETING).andGiven(events);
    }

    private static SubmitIndividualPlanCommand submit(String teacherId, IndividualPlanContent content) {
        return new SubmitIndividualPlanCommand(PLAN, SCHOOL, ASSOCIATION, teacherId, YEAR, content);
    }

    private static IndividualPlanSubmittedEvent submitted(int version, IndividualPlanContent content) {
        return new IndividualPlanSubmittedEvent(PLAN, SCHOOL, ASSOCIATION, TEACHER_ID, YEAR, version, content,
                CanonicalJson.sha256(content));
    }

    private static IndividualPlanApprovedEvent approved(int version, IndividualPlanContent content) {
        return new IndividualPlanApprovedEvent(PLAN, SCHOOL, ASSOCIATION, TEACHER_ID, version,
                CanonicalJson.sha256(content), protocol(), "user-" + CHAIR_ID, "CHAIR");
    }

    // --- submitting -------------------------------------------------------------------------

    @Test
    void aMemberSubmitsTheirIndividualPlan() {
        IndividualPlanContent content = individualContent();

        fixture().givenNoPriorActivity()
                .when(submit(TEACHER_ID, content), asTeacher())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IndividualPlanSubmittedEvent(PLAN, SCHOOL, ASSOCIATION, TEACHER_ID, YEAR, 1, content,
                        CanonicalJson.sha256(content)));
    }

    @Test
    void theChairSubmitsAnIndividualPlanToo() {
        IndividualPlanContent content = individualContent();

        fixture().givenNoPriorActivity()
                .when(submit(CHAIR_ID, content), asChair())
                .expectEvents(new IndividualPlanSubmittedEvent(PLAN, SCHOOL, ASSOCIATION, CHAIR_ID, YEAR, 1, content,
                        CanonicalJson.sha256(content)));
    }

    @Test
    void onlyAMemberSubmitsAnIndividualPlan() {
        fixture().givenNoPriorActivity()
                .when(submit(OUTSIDER_ID, individualContent()), asTeacher(OUTSIDER_ID))
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_A_MEMBER, OUTSIDER_ID));
    }

    @Test
    void oneIndividualPlanPerTeacherAndYear() {
        registry.withIndividualPlan(ASSOCIATION, TEACHER_ID, YEAR);

        fixture().givenNoPriorActivity()
                .when(submit(TEACHER_ID, individualContent()), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.INDIVIDUAL_PLAN_EXISTS, "2025-2026"));
    }

    @Test
    void lastYearsIndividualPlanDoesNotCountForThisYear() {
        registry.withIndividualPlan(ASSOCIATION, TEACHER_ID, YEAR - 1);

        fixture().givenNoPriorActivity()
                .when(submit(TEACHER_ID, individualContent()), asTeacher())
                .expectEvents(submitted(1, individualContent()));
    }

    /** Clause 3.4: a teacher submits and revises only their own plan; not even the chair does it for them. */
    @Test
    void onlyTheTeacherSubmitsAndRevisesTheirOwnPlan() {
        for (Map<String, String> actor : List.of(asTeacher(SECOND_TEACHER_ID), asChair(),
                actingAs(Role.DIRECTOR, "director"))) {
            fixture().givenNoPriorActivity()
                    .when(submit(TEACHER_ID, individualContent()), actor)
                    .expectNoEvents()
                    .expectException(refusedWith(Refusal.NOT_OWN_PLAN));
            given(submitted(1, individualContent()))
                    .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, revisedIndividualContent()), actor)
                    .expectNoEvents()
                    .expectException(refusedWith(Refusal.NOT_OWN_PLAN));
        }
    }

    @Test
    void associationOfAnotherSchoolLooksUnknown() {
        fixture().givenNoPriorActivity()
                .when(new SubmitIndividualPlanCommand(PLAN, SCHOOL, OTHER_SCHOOLS_ASSOCIATION, "o-1", YEAR,
                        individualContent()), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, OTHER_SCHOOLS_ASSOCIATION));
    }

    @Test
    void cannotSubmitToADissolvedAssociation() {
        fixture().givenNoPriorActivity()
                .when(new SubmitIndividualPlanCommand(PLAN, SCHOOL, DISSOLVED_ASSOCIATION, "t-ulan", YEAR,
                        individualContent()), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, DISSOLVED_ASSOCIATION));
    }

    static Stream<IndividualPlanContent> contentsWithoutWorkItems() {
        String topic = individualContent().selfEducationTopic();
        return Stream.of(
                new IndividualPlanContent(null, topic, List.of()),
                new IndividualPlanContent(List.of(), topic, List.of()),
                new IndividualPlanContent(List.of(" ", ""), topic, List.of()));
    }

    @ParameterizedTest
    @MethodSource("contentsWithoutWorkItems")
    void anIndividualPlanHasWorkItems(IndividualPlanContent content) {
        fixture().givenNoPriorActivity()
                .when(submit(TEACHER_ID, content), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "workItems"));
        given(submitted(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, content), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "workItems"));
    }

    @Test
    void aPlanWhoseOnlyWorkItemIsMissingIsRefused() {
        IndividualPlanContent content = new IndividualPlanContent(Arrays.asList((String) null),
                individualContent().selfEducationTopic(), List.of());

        fixture().givenNoPriorActivity()
                .when(submit(TEACHER_ID, content), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "workItems[0]"));
    }

    /** A null entry beside others would be stored as sent, unchecked: refused naming it, in a plan and a revision. */
    static Stream<Arguments> individualContentsWithAMissingEntry() {
        IndividualPlanContent content = individualContent();
        return Stream.of(
                arguments("workItems[1]", new IndividualPlanContent(Arrays.asList(content.workItems().get(0), null),
                        content.selfEducationTopic(), content.selfEducationSteps())),
                arguments("selfEducationSteps[0]", new IndividualPlanContent(content.workItems(),
                        content.selfEducationTopic(), Arrays.asList((String) null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("individualContentsWithAMissingEntry")
    void aMissingEntryOfAnIndividualPlanIsRefusedNamingIt(String field, IndividualPlanContent content) {
        fixture().givenNoPriorActivity()
                .when(submit(TEACHER_ID, content), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, field));
        given(submitted(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, content), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, field));
    }

    @Test
    void anIndividualPlanHasBoundsOfItsText() {
        String topic = individualContent().selfEducationTopic();
        fixture().givenNoPriorActivity()
                .when(submit(TEACHER_ID, new IndividualPlanContent(java.util.Collections.nCopies(501, "Иш"), topic,
                        List.of())), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_TOO_LONG, "workItems", 500));
        given(submitted(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, new IndividualPlanContent(List.of("Иш"),
                        "ү".repeat(5_001), List.of())), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_TOO_LONG, "selfEducationTopic", 5000));
        fixture().givenNoPriorActivity()
                .when(submit(TEACHER_ID, new IndividualPlanContent(List.of("ө".repeat(5_000)), "ң".repeat(5_000),
                        java.util.Collections.nCopies(500, "Кадам"))), asTeacher())
                .expectSuccessfulHandlerExecution();
    }

    /** Each list of an individual plan, one entry beyond its bound or with one entry beyond a text's. */
    static Stream<Arguments> individualTextsBeyondTheirBounds() {
        IndividualPlanContent content = individualContent();
        String beyondAText = "ө".repeat(PlanContentRules.MAXIMUM_TEXT + 1);
        return Stream.of(
                arguments("workItems", new IndividualPlanContent(List.of(content.workItems().get(0), beyondAText),
                        content.selfEducationTopic(), content.selfEducationSteps()), 5_000),
                arguments("selfEducationSteps", new IndividualPlanContent(content.workItems(),
                        content.selfEducationTopic(), Collections.nCopies(501, "Кадам")), 500),
                arguments("selfEducationSteps", new IndividualPlanContent(content.workItems(),
                        content.selfEducationTopic(), List.of(beyondAText)), 5_000));
    }

    @ParameterizedTest(name = "{0} beyond {2}")
    @MethodSource("individualTextsBeyondTheirBounds")
    void everyListOfAnIndividualPlanHasBounds(String field, IndividualPlanContent content, int bound) {
        fixture().givenNoPriorActivity()
                .when(submit(TEACHER_ID, content), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_TOO_LONG, field, bound));
        given(submitted(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, content), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_TOO_LONG, field, bound));
    }

    @Test
    void anIndividualPlanHasContent() {
        fixture().givenNoPriorActivity()
                .when(submit(TEACHER_ID, null), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "content"));
        given(submitted(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, null), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "content"));
    }

    // --- revising ---------------------------------------------------------------------------

    @Test
    void aRevisionIsANewVersionAwaitingApproval() {
        given(submitted(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, revisedIndividualContent()), asTeacher())
                .expectEvents(submitted(2, revisedIndividualContent()));
    }

    @Test
    void revisionNeedsANewApproval() {
        given(submitted(1, individualContent()), approved(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, revisedIndividualContent()), asTeacher())
                .expectEvents(submitted(2, revisedIndividualContent()));

        given(submitted(1, individualContent()), approved(1, individualContent()))
                .andGivenCurrentTime(Instant.parse("2025-10-01T04:00:00Z"))
                .andGiven(submitted(2, revisedIndividualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 2, LATER_MEETING), asChair())
                .expectEvents(new IndividualPlanApprovedEvent(PLAN, SCHOOL, ASSOCIATION, TEACHER_ID, 2,
                        CanonicalJson.sha256(revisedIndividualContent()), LATER_MEETING, "user-" + CHAIR_ID, "CHAIR"));
    }

    /** Clause 3.4: a protocol recorded before a version was submitted cannot have approved it. */
    @Test
    void theProtocolCitedWasRecordedAfterTheVersionWasSubmitted() {
        given(submitted(1, individualContent()), approved(1, individualContent()))
                .andGivenCurrentTime(Instant.parse("2025-10-01T04:00:00Z"))
                .andGiven(submitted(2, revisedIndividualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 2, protocol()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PROTOCOL_BEFORE_VERSION, 2, LocalDate.of(2025, 9, 26), 2));
    }

    /**
     * What counts is when the protocol was recorded, not its meeting's date: a school entering the
     * plans and then the protocols of September in November has them approved; a version submitted
     * after the protocol was recorded is not.
     */
    @Test
    void aProtocolRecordedLaterApprovesAVersionSubmittedBeforeIt() {
        Instant recorded = Instant.parse("2025-11-20T05:00:00Z");
        registry.withProtocol(ASSOCIATION, YEAR, 6, LocalDate.of(2025, 9, 12), true, recorded)
                .withResolutionApproving(ASSOCIATION, YEAR, 6, PLAN);
        DocumentRef september = new DocumentRef("6", LocalDate.of(2025, 9, 12));

        fixture().givenCurrentTime(recorded.minusSeconds(3600)).andGiven(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, september), asChair())
                .expectEvents(new IndividualPlanApprovedEvent(PLAN, SCHOOL, ASSOCIATION, TEACHER_ID, 1,
                        CanonicalJson.sha256(individualContent()), september, "user-" + CHAIR_ID, "CHAIR"));
        fixture().givenCurrentTime(recorded).andGiven(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, september), asChair())
                .expectSuccessfulHandlerExecution();
        fixture().givenCurrentTime(recorded.plusMillis(1)).andGiven(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, september), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PROTOCOL_BEFORE_VERSION, 6, LocalDate.of(2025, 9, 12), 1));
    }

    /**
     * A protocol recorded before resolutions had to name the plans they approve (its recording time not
     * known either) approves a plan its resolutions name in words only.
     */
    @Test
    void aProtocolRecordedBeforeResolutionsNamedTheirPlansApprovesWithoutNamingIt() {
        registry.withEarlierProtocol(ASSOCIATION, YEAR, 8, LocalDate.of(2025, 9, 29));

        given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, new DocumentRef("8", LocalDate.of(2025, 9, 29))),
                        asChair())
                .expectSuccessfulHandlerExecution();
    }

    /** A protocol recorded before its time was kept (none since this rule) is not held against an approval. */
    @Test
    void aProtocolWhoseRecordingTimeIsUnknownIsNotHeldAgainstTheApproval() {
        registry.withProtocol(ASSOCIATION, YEAR, 7, LocalDate.of(2025, 9, 19), true, null)
                .withResolutionApproving(ASSOCIATION, YEAR, 7, PLAN);

        fixture().givenCurrentTime(Instant.parse("2026-01-15T04:00:00Z")).andGiven(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, new DocumentRef("7", LocalDate.of(2025, 9, 19))),
                        asChair())
                .expectSuccessfulHandlerExecution();
    }

    /** R8 (clause 3.4): by a resolution of the meeting; a protocol whose resolutions name other plans does not approve this one. */
    @Test
    void theProtocolCitedHasAResolutionApprovingThePlan() {
        given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, MEETING_ON_OTHER_PLANS), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.RESOLUTION_NOT_FOR_PLAN, 5, MEETING_ON_OTHER_PLANS.date(), PLAN));
    }

    @Test
    void aPlanOfAnotherSchoolLooksUnknown() {
        given(submitted(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, OTHER_SCHOOL, revisedIndividualContent()), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, PLAN));
        given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, OTHER_SCHOOL, 1, protocol()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, PLAN));
    }

    @Test
    void cannotReviseOnceTheAssociationIsDissolved() {
        registry.dissolve(ASSOCIATION);

        given(submitted(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, revisedIndividualContent()), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, ASSOCIATION));
    }

    /**
     * Clause 3.4: a teacher who has left the association revises the plan before it no more; the
     * approval its meeting resolved while they were a member is still recorded.
     */
    @Test
    void aTeacherWhoLeftTheAssociationRevisesNoMoreButAnApprovalResolvedBeforeIsRecorded() {
        registry.withAssociation(ASSOCIATION, SCHOOL, CHAIR_ID, SECOND_TEACHER_ID, "t-tologon", "t-meerim");

        given(submitted(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, revisedIndividualContent()), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_A_MEMBER, TEACHER_ID));
        given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol()), asChair())
                .expectEvents(approved(1, individualContent()));
    }

    // --- approving --------------------------------------------------------------------------

    @Test
    void theChairRecordsTheMeetingsApproval() {
        IndividualPlanContent content = individualContent();
        DocumentRef protocol = new DocumentRef("2", LocalDate.of(2025, 9, 26));

        given(submitted(1, content))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol), asChair())
                .expectEvents(new IndividualPlanApprovedEvent(PLAN, SCHOOL, ASSOCIATION, TEACHER_ID, 1,
                        CanonicalJson.sha256(content), protocol, "user-" + CHAIR_ID, "CHAIR"));
    }

    static Stream<DocumentRef> incompleteProtocols() {
        return Stream.of(null,
                new DocumentRef(null, LocalDate.of(2025, 9, 26)),
                new DocumentRef("  ", LocalDate.of(2025, 9, 26)),
                new DocumentRef("2", null));
    }

    @ParameterizedTest
    @MethodSource("incompleteProtocols")
    void approvalCitesTheProtocol(DocumentRef protocol) {
        given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PROTOCOL_REFERENCE_REQUIRED));
    }

    @Test
    void cannotApproveAnOlderVersion() {
        given(submitted(1, individualContent()), submitted(2, revisedIndividualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.VERSION_NOT_CURRENT, 1, 2));
    }

    @Test
    void cannotApproveAVersionNotYetSubmitted() {
        given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 2, protocol()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.VERSION_NOT_CURRENT, 2, 1));
    }

    @Test
    void cannotApproveTwice() {
        given(submitted(1, individualContent()), approved(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PLAN_ALREADY_APPROVED, 1));
    }

    /** Clause 3.4: the resolution of a recorded meeting of this association, which had a quorum. */
    @Test
    void approvalCitesARecordedQuorateMeetingOfTheAssociation() {
        given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, new DocumentRef("7", LocalDate.of(2025, 9, 26))),
                        asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PROTOCOL_NOT_RECORDED));
        given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, new DocumentRef("2", LocalDate.of(2025, 9, 27))),
                        asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PROTOCOL_NOT_RECORDED));
        given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, new DocumentRef("3", LocalDate.of(2025, 10, 3))),
                        asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PROTOCOL_NOT_QUORATE, 3));
    }

    @Test
    void onlyTheChairRecordsTheApproval() {
        for (Map<String, String> actor : List.of(asTeacher(), asTeacher(OUTSIDER_ID), actingAs(Role.DIRECTOR, "d"),
                actingAs(Role.DEPUTY_TEACHING, DEPUTY_ID))) {
            given(submitted(1, individualContent()))
                    .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol()), actor)
                    .expectNoEvents()
                    .expectException(refusedWith(Refusal.NOT_THE_CHAIR));
        }
    }

    @Test
    void anApprovalWithoutAnActorIsRefused() {
        given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol()), Map.of())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }

    @Test
    void cannotApproveAnIndividualPlanOfADissolvedAssociation() {
        registry.dissolve(ASSOCIATION);

        given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, ASSOCIATION));
    }
}
