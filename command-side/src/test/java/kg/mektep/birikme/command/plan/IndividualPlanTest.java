package kg.mektep.birikme.command.plan;

import static kg.mektep.birikme.command.plan.PlanTestData.*;
import static kg.mektep.birikme.command.plan.RefusalMatcher.refusedWith;
import static org.junit.jupiter.params.provider.Arguments.arguments;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** R8 (clauses 3.4, 5.3): a member's individual plan, approved by a resolution of a meeting of the association. */
class IndividualPlanTest {

    private static final String PLAN = "individual-plan-t-aigul-2025";

    private final InMemoryAssociationRegistry registry = PlanTestData.registry();

    private FixtureConfiguration<IndividualPlan> fixture() {
        FixtureConfiguration<IndividualPlan> fixture = new AggregateTestFixture<>(IndividualPlan.class);
        fixture.registerInjectableResource(registry);
        return fixture;
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
            fixture().given(submitted(1, individualContent()))
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
        fixture().given(submitted(1, individualContent()))
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
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "workItems"));
    }

    @Test
    void anIndividualPlanHasBoundsOfItsText() {
        String topic = individualContent().selfEducationTopic();
        fixture().givenNoPriorActivity()
                .when(submit(TEACHER_ID, new IndividualPlanContent(java.util.Collections.nCopies(501, "Иш"), topic,
                        List.of())), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_TOO_LONG, "workItems", 500));
        fixture().given(submitted(1, individualContent()))
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
        fixture().given(submitted(1, individualContent()))
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
        fixture().given(submitted(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, null), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "content"));
    }

    // --- revising ---------------------------------------------------------------------------

    @Test
    void aRevisionIsANewVersionAwaitingApproval() {
        fixture().given(submitted(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, revisedIndividualContent()), asTeacher())
                .expectEvents(submitted(2, revisedIndividualContent()));
    }

    @Test
    void revisionNeedsANewApproval() {
        fixture().given(submitted(1, individualContent()), approved(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, revisedIndividualContent()), asTeacher())
                .expectEvents(submitted(2, revisedIndividualContent()));

        fixture().given(submitted(1, individualContent()), approved(1, individualContent()),
                        submitted(2, revisedIndividualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 2, protocol()), asChair())
                .expectEvents(approved(2, revisedIndividualContent()));
    }

    @Test
    void aPlanOfAnotherSchoolLooksUnknown() {
        fixture().given(submitted(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, OTHER_SCHOOL, revisedIndividualContent()), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, PLAN));
        fixture().given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, OTHER_SCHOOL, 1, protocol()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, PLAN));
    }

    @Test
    void cannotReviseOnceTheAssociationIsDissolved() {
        registry.dissolve(ASSOCIATION);

        fixture().given(submitted(1, individualContent()))
                .when(new ReviseIndividualPlanCommand(PLAN, SCHOOL, revisedIndividualContent()), asTeacher())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, ASSOCIATION));
    }

    // --- approving --------------------------------------------------------------------------

    @Test
    void theChairRecordsTheMeetingsApproval() {
        IndividualPlanContent content = individualContent();
        DocumentRef protocol = new DocumentRef("2", LocalDate.of(2025, 9, 26));

        fixture().given(submitted(1, content))
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
        fixture().given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PROTOCOL_REFERENCE_REQUIRED));
    }

    @Test
    void cannotApproveAnOlderVersion() {
        fixture().given(submitted(1, individualContent()), submitted(2, revisedIndividualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.VERSION_NOT_CURRENT, 1, 2));
    }

    @Test
    void cannotApproveAVersionNotYetSubmitted() {
        fixture().given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 2, protocol()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.VERSION_NOT_CURRENT, 2, 1));
    }

    @Test
    void cannotApproveTwice() {
        fixture().given(submitted(1, individualContent()), approved(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PLAN_ALREADY_APPROVED, 1));
    }

    /** Clause 3.4: the resolution of a recorded meeting of this association, which had a quorum. */
    @Test
    void approvalCitesARecordedQuorateMeetingOfTheAssociation() {
        fixture().given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, new DocumentRef("7", LocalDate.of(2025, 9, 26))),
                        asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PROTOCOL_NOT_RECORDED));
        fixture().given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, new DocumentRef("2", LocalDate.of(2025, 9, 27))),
                        asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PROTOCOL_NOT_RECORDED));
        fixture().given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, new DocumentRef("3", LocalDate.of(2025, 10, 3))),
                        asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PROTOCOL_NOT_QUORATE, 3));
    }

    @Test
    void onlyTheChairRecordsTheApproval() {
        for (Map<String, String> actor : List.of(asTeacher(), asTeacher(OUTSIDER_ID), actingAs(Role.DIRECTOR, "d"),
                actingAs(Role.DEPUTY_TEACHING, DEPUTY_ID))) {
            fixture().given(submitted(1, individualContent()))
                    .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol()), actor)
                    .expectNoEvents()
                    .expectException(refusedWith(Refusal.NOT_THE_CHAIR));
        }
    }

    @Test
    void anApprovalWithoutAnActorIsRefused() {
        fixture().given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol()), Map.of())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }

    @Test
    void cannotApproveAnIndividualPlanOfADissolvedAssociation() {
        registry.dissolve(ASSOCIATION);

        fixture().given(submitted(1, individualContent()))
                .when(new ApproveIndividualPlanCommand(PLAN, SCHOOL, 1, protocol()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, ASSOCIATION));
    }
}
