package kg.mektep.birikme.command.plan;

import static kg.mektep.birikme.command.plan.PlanTestData.*;
import static kg.mektep.birikme.command.plan.RefusalMatcher.refusedWith;

import java.time.YearMonth;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.plan.ApproveAnnualPlanCommand;
import kg.mektep.birikme.api.plan.ConfirmMonthlyPlanCommand;
import kg.mektep.birikme.api.plan.DraftMonthlyPlanCommand;
import kg.mektep.birikme.api.plan.ReturnAnnualPlanCommand;
import kg.mektep.birikme.api.plan.ReviseAnnualPlanCommand;
import kg.mektep.birikme.api.plan.SubmitAnnualPlanCommand;
import kg.mektep.birikme.command.archive.InMemoryArchiveRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Clause 5.9: an annual plan handed over to the archive, monthly plans and all, is read-only. */
class ArchivedAnnualPlanTest {

    private static final YearMonth OCTOBER = YearMonth.of(2025, 10);

    private static FixtureConfiguration<AnnualPlan> fixture(InMemoryArchiveRegistry archive) {
        FixtureConfiguration<AnnualPlan> fixture = new AggregateTestFixture<>(AnnualPlan.class);
        fixture.registerInjectableResource(kg.mektep.birikme.command.school.TestCalendar.on(PlanTestData.TODAY));
        fixture.registerInjectableResource(PlanTestData.registry());
        fixture.registerInjectableResource(archive);
        return fixture;
    }

    private static FixtureConfiguration<AnnualPlan> archived() {
        return fixture(new InMemoryArchiveRegistry().handedOver(ArchiveDocuments.annualPlan(PLAN)));
    }

    @Test
    void anArchivedPlanIsNotRevisedOrSubmitted() {
        archived().given(drafted())
                .when(new ReviseAnnualPlanCommand(PLAN, SCHOOL, amendedContent()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.DOCUMENT_IN_ARCHIVE, ArchiveDocuments.annualPlan(PLAN)));
        archived().given(drafted())
                .when(new SubmitAnnualPlanCommand(PLAN, SCHOOL), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.DOCUMENT_IN_ARCHIVE, ArchiveDocuments.annualPlan(PLAN)));
        fixture(new InMemoryArchiveRegistry()).given(drafted())
                .when(new SubmitAnnualPlanCommand(PLAN, SCHOOL), asChair())
                .expectEvents(submitted(1, annualContent()));
    }

    @Test
    void anArchivedPlanIsNotReturnedOrApproved() {
        archived().given(drafted(), submitted(1, annualContent()))
                .when(new ReturnAnnualPlanCommand(PLAN, SCHOOL, 1, RETURN_COMMENTS), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.DOCUMENT_IN_ARCHIVE, ArchiveDocuments.annualPlan(PLAN)));
        archived().given(drafted(), submitted(1, annualContent()))
                .when(new ApproveAnnualPlanCommand(PLAN, SCHOOL, 1), asDeputy())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.DOCUMENT_IN_ARCHIVE, ArchiveDocuments.annualPlan(PLAN)));
    }

    @Test
    void anArchivedPlansMonthsAreNotDraftedOrConfirmed() {
        archived().given(drafted())
                .when(new DraftMonthlyPlanCommand(PLAN, SCHOOL, OCTOBER, monthItems()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.DOCUMENT_IN_ARCHIVE, ArchiveDocuments.annualPlan(PLAN)));
        archived().given(drafted(), monthDrafted(OCTOBER))
                .when(new ConfirmMonthlyPlanCommand(PLAN, SCHOOL, OCTOBER), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.DOCUMENT_IN_ARCHIVE, ArchiveDocuments.annualPlan(PLAN)));
    }
}
