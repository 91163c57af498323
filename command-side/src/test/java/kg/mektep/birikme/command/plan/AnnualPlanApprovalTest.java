package kg.mektep.birikme.command.plan;

import static kg.mektep.birikme.command.plan.PlanTestData.*;
import static kg.mektep.birikme.command.plan.RefusalMatcher.refusedWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.common.CanonicalJson;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.plan.AnnualPlanApprovedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanContent;
import kg.mektep.birikme.api.plan.AnnualPlanReturnedEvent;
import kg.mektep.birikme.api.plan.ApproveAnnualPlanCommand;
import kg.mektep.birikme.api.plan.ReturnAnnualPlanCommand;
import kg.mektep.birikme.api.plan.ReviseAnnualPlanCommand;
import kg.mektep.birikme.command.archive.InMemoryArchiveRegistry;
import kg.mektep.birikme.command.association.AssociationRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R6 (clause 5.4): the deputy for teaching work returns or approves exactly the submitted version;
 * a change after approval is a new version that needs its own approval.
 */
class AnnualPlanApprovalTest {

    private final InMemoryAssociationRegistry registry = PlanTestData.registry();
    private FixtureConfiguration<AnnualPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnnualPlan.class);
        fixture.registerInjectableResource(kg.mektep.birikme.command.school.TestCalendar.on(PlanTestData.TODAY));
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(new InMemoryArchiveRegistry());
    }

    // --- approving --------------------------------------------------------------------------

    @Test
    void theTeachingDeputyApprovesTheSubmittedVersion() {
        AnnualPlanContent content = annualContent();

        fixture.given(drafted(), submitted(1, content))
                .when(new ApproveAnnualPlanCommand(PLAN, SCHOOL, 1), asDeputy())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AnnualPlanApprovedEvent(PLAN, SCHOOL, ASSOCIATION, YEAR, 1,
                        CanonicalJson.sha256(content), DEPUTY_ID, "DEPUTY_TEACHING"));
    }

    @Test
    void cannotApproveADraftThatWasNeverSubmitted() {
        fixture.given(drafted())
                .when(new ApproveAnnualPlanCommand(PLAN, SCHOOL, 1), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PLAN_NOT_SUBMITTED));
    }

    @Test
    void cannotApproveAVersionOtherThanTheSubmittedOne() {
        fixture.given(drafted(), revised(2, amendedContent()), submitted(2, amendedContent()))
                .when(new ApproveAnnualPlanCommand(PLAN, SCHOOL, 1), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.VERSION_NOT_SUBMITTED, 1, 2));
    }

    @Test
    void cannotApproveAVersionNotYetWritten() {
        fixture.given(drafted(), submitted(1, annualContent()))
                .when(new ApproveAnnualPlanCommand(PLAN, SCHOOL, 2), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.VERSION_NOT_SUBMITTED, 2, 1));
    }

    @Test
    void cannotApproveAReturnedVersion() {
        fixture.given(drafted(), submitted(1, annualContent()), returned(1))
                .when(new ApproveAnnualPlanCommand(PLAN, SCHOOL, 1), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PLAN_NOT_SUBMITTED));
    }

    @Test
    void cannotApproveTwice() {
        fixture.given(drafted(), submitted(1, annualContent()), approved(1, annualContent()))
                .when(new ApproveAnnualPlanCommand(PLAN, SCHOOL, 1), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PLAN_NOT_SUBMITTED));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "DEPUTY_TEACHING")
    void onlyTheTeachingDeputyApproves(Role role) {
        fixture.given(drafted(), submitted(1, annualContent()))
                .when(new ApproveAnnualPlanCommand(PLAN, SCHOOL, 1), actingAs(role, "someone"))
                .expectNoEvents()
                .expectException(refusedWith(Refusal.APPROVER_NOT_TEACHING_DEPUTY, role));
    }

    @Test
    void anApprovalWithoutAnActorIsRefused() {
        fixture.given(drafted(), submitted(1, annualContent()))
                .when(new ApproveAnnualPlanCommand(PLAN, SCHOOL, 1), Map.of())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.APPROVER_NOT_TEACHING_DEPUTY, "null"));
    }

    @Test
    void aPlanOfAnotherSchoolLooksUnknownToItsDeputy() {
        fixture.given(drafted(), submitted(1, annualContent()))
                .when(new ApproveAnnualPlanCommand(PLAN, OTHER_SCHOOL, 1), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, PLAN));
    }

    @Test
    void cannotApproveThePlanOfADissolvedAssociation() {
        registry.dissolve(ASSOCIATION);

        fixture.given(drafted(), submitted(1, annualContent()))
                .when(new ApproveAnnualPlanCommand(PLAN, SCHOOL, 1), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, ASSOCIATION));
    }

    // --- returning --------------------------------------------------------------------------

    @Test
    void theTeachingDeputyReturnsTheSubmittedVersionWithComments() {
        fixture.given(drafted(), submitted(1, annualContent()))
                .when(new ReturnAnnualPlanCommand(PLAN, SCHOOL, 1, "  " + RETURN_COMMENTS + "\n"), asDeputy())
                .expectEvents(new AnnualPlanReturnedEvent(PLAN, SCHOOL, ASSOCIATION, 1, RETURN_COMMENTS));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void returnNeedsComments(String comments) {
        fixture.given(drafted(), submitted(1, annualContent()))
                .when(new ReturnAnnualPlanCommand(PLAN, SCHOOL, 1, comments), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "comments"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "DEPUTY_TEACHING")
    void onlyTheTeachingDeputyReturns(Role role) {
        fixture.given(drafted(), submitted(1, annualContent()))
                .when(new ReturnAnnualPlanCommand(PLAN, SCHOOL, 1, RETURN_COMMENTS), actingAs(role, "someone"))
                .expectNoEvents()
                .expectException(refusedWith(Refusal.APPROVER_NOT_TEACHING_DEPUTY, role));
    }

    @Test
    void cannotReturnADraftThatWasNeverSubmitted() {
        fixture.given(drafted())
                .when(new ReturnAnnualPlanCommand(PLAN, SCHOOL, 1, RETURN_COMMENTS), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PLAN_NOT_SUBMITTED));
    }

    @Test
    void cannotReturnAVersionOtherThanTheSubmittedOne() {
        fixture.given(drafted(), revised(2, amendedContent()), submitted(2, amendedContent()))
                .when(new ReturnAnnualPlanCommand(PLAN, SCHOOL, 1, RETURN_COMMENTS), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.VERSION_NOT_SUBMITTED, 1, 2));
    }

    @Test
    void cannotReturnAnApprovedPlan() {
        fixture.given(drafted(), submitted(1, annualContent()), approved(1, annualContent()))
                .when(new ReturnAnnualPlanCommand(PLAN, SCHOOL, 1, RETURN_COMMENTS), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PLAN_NOT_SUBMITTED));
    }

    @Test
    void aPlanOfAnotherSchoolCannotBeReturned() {
        fixture.given(drafted(), submitted(1, annualContent()))
                .when(new ReturnAnnualPlanCommand(PLAN, OTHER_SCHOOL, 1, RETURN_COMMENTS), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, PLAN));
    }

    // --- changes after approval -------------------------------------------------------------

    @Test
    void revisingAnApprovedPlanMakesANewVersionAwaitingApproval() {
        AnnualPlanContent amended = amendedContent();

        fixture.given(drafted(), submitted(1, annualContent()), approved(1, annualContent()))
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL, amended), asChair())
                .expectEvents(revised(2, amended));
    }

    @Test
    void anAmendmentNeedsItsOwnSubmissionBeforeApproval() {
        fixture.given(drafted(), submitted(1, annualContent()), approved(1, annualContent()),
                        revised(2, amendedContent()))
                .when(new ApproveAnnualPlanCommand(PLAN, SCHOOL, 2), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.PLAN_NOT_SUBMITTED));
    }

    @Test
    void anAmendmentIsApprovedWithItsOwnHash() {
        AnnualPlanContent amended = amendedContent();
        assertNotEquals(CanonicalJson.sha256(annualContent()), CanonicalJson.sha256(amended));

        fixture.given(drafted(), submitted(1, annualContent()), approved(1, annualContent()),
                        revised(2, amended), submitted(2, amended))
                .when(new ApproveAnnualPlanCommand(PLAN, SCHOOL, 2), asDeputy())
                .expectEvents(new AnnualPlanApprovedEvent(PLAN, SCHOOL, ASSOCIATION, YEAR, 2,
                        CanonicalJson.sha256(amended), DEPUTY_ID, "DEPUTY_TEACHING"));
    }

    @Test
    void theVersionInForceCannotBeApprovedAgainInPlaceOfTheAmendment() {
        fixture.given(drafted(), submitted(1, annualContent()), approved(1, annualContent()),
                        revised(2, amendedContent()), submitted(2, amendedContent()))
                .when(new ApproveAnnualPlanCommand(PLAN, SCHOOL, 1), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.VERSION_NOT_SUBMITTED, 1, 2));
    }
}
