package kg.mektep.birikme.command.plan;

import static kg.mektep.birikme.command.plan.PlanTestData.*;
import static kg.mektep.birikme.command.plan.RefusalMatcher.refusedWith;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.plan.ConfirmMonthlyPlanCommand;
import kg.mektep.birikme.api.plan.DraftMonthlyPlanCommand;
import kg.mektep.birikme.api.plan.MonthlyPlanConfirmedEvent;
import kg.mektep.birikme.api.plan.MonthlyPlanDraftedEvent;
import kg.mektep.birikme.command.archive.InMemoryArchiveRegistry;
import kg.mektep.birikme.command.association.AssociationRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R7 (clause 6.8): the chair drafts and confirms the monthly plans of the annual plan's school year. */
class MonthlyPlanTest {

    private static final YearMonth OCTOBER = YearMonth.of(2025, 10);

    private final InMemoryAssociationRegistry registry = PlanTestData.registry();

    private FixtureConfiguration<AnnualPlan> fixture() {
        FixtureConfiguration<AnnualPlan> fixture = new AggregateTestFixture<>(AnnualPlan.class);
        fixture.registerInjectableResource(kg.mektep.birikme.command.school.TestCalendar.on(PlanTestData.TODAY));
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(new InMemoryArchiveRegistry());
        return fixture;
    }

    private static MonthlyPlanConfirmedEvent confirmed(YearMonth month) {
        return new MonthlyPlanConfirmedEvent(PLAN, SCHOOL, ASSOCIATION, month);
    }

    @Test
    void canDraftAndConfirmAMonth() {
        fixture().given(drafted())
                .when(new DraftMonthlyPlanCommand(PLAN, SCHOOL, OCTOBER, monthItems()), asChair())
                .expectEvents(new MonthlyPlanDraftedEvent(PLAN, SCHOOL, ASSOCIATION, OCTOBER, monthItems()));

        fixture().given(drafted(), monthDrafted(OCTOBER))
                .when(new ConfirmMonthlyPlanCommand(PLAN, SCHOOL, OCTOBER), asChair())
                .expectEvents(new MonthlyPlanConfirmedEvent(PLAN, SCHOOL, ASSOCIATION, OCTOBER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-09", "2026-08"})
    void theFirstAndLastMonthsBelongToTheYear(String month) {
        YearMonth yearMonth = YearMonth.parse(month);

        fixture().given(drafted())
                .when(new DraftMonthlyPlanCommand(PLAN, SCHOOL, yearMonth, monthItems()), asChair())
                .expectEvents(new MonthlyPlanDraftedEvent(PLAN, SCHOOL, ASSOCIATION, yearMonth, monthItems()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-08", "2026-09", "2024-10"})
    void cannotPlanAMonthOutsideTheSchoolYear(String month) {
        YearMonth yearMonth = YearMonth.parse(month);

        fixture().given(drafted())
                .when(new DraftMonthlyPlanCommand(PLAN, SCHOOL, yearMonth, monthItems()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.MONTH_OUTSIDE_SCHOOL_YEAR, yearMonth, "2025-2026"));
    }

    @Test
    void aMonthlyPlanNamesItsMonth() {
        fixture().given(drafted())
                .when(new DraftMonthlyPlanCommand(PLAN, SCHOOL, null, monthItems()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "month"));
    }

    static Stream<List<String>> itemsWithoutText() {
        return Stream.of(null, List.of(), List.of("", "  ", "\t"));
    }

    @ParameterizedTest
    @MethodSource("itemsWithoutText")
    void aMonthlyPlanHasAtLeastOneItem(List<String> items) {
        fixture().given(drafted())
                .when(new DraftMonthlyPlanCommand(PLAN, SCHOOL, OCTOBER, items), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "items"));
    }

    @Test
    void aMonthWhoseOnlyItemIsMissingIsRefused() {
        fixture().given(drafted())
                .when(new DraftMonthlyPlanCommand(PLAN, SCHOOL, OCTOBER, Arrays.asList((String) null)), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "items"));
    }

    @Test
    void cannotConfirmAMonthNeverDrafted() {
        YearMonth november = YearMonth.of(2025, 11);

        fixture().given(drafted(), monthDrafted(OCTOBER))
                .when(new ConfirmMonthlyPlanCommand(PLAN, SCHOOL, november), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.MONTHLY_PLAN_NOT_DRAFTED, november));
    }

    @Test
    void redraftingAConfirmedMonthNeedsConfirmationAgain() {
        fixture().given(drafted(), monthDrafted(OCTOBER), confirmed(OCTOBER))
                .when(new ConfirmMonthlyPlanCommand(PLAN, SCHOOL, OCTOBER), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.MONTHLY_PLAN_ALREADY_CONFIRMED, OCTOBER));

        List<String> changed = List.of("Отурум №2 жылдырылды: 28-октябрь", "Өз ара сабакка катышуу: 6-класстар");
        fixture().given(drafted(), monthDrafted(OCTOBER), confirmed(OCTOBER))
                .when(new DraftMonthlyPlanCommand(PLAN, SCHOOL, OCTOBER, changed), asChair())
                .expectEvents(new MonthlyPlanDraftedEvent(PLAN, SCHOOL, ASSOCIATION, OCTOBER, changed));

        fixture().given(drafted(), monthDrafted(OCTOBER), confirmed(OCTOBER),
                        new MonthlyPlanDraftedEvent(PLAN, SCHOOL, ASSOCIATION, OCTOBER, changed))
                .when(new ConfirmMonthlyPlanCommand(PLAN, SCHOOL, OCTOBER), asChair())
                .expectEvents(confirmed(OCTOBER));
    }

    @Test
    void onlyTheChairDraftsAndConfirmsMonths() {
        for (Map<String, String> actor : List.of(asTeacher(), actingAs(Role.DEPUTY_TEACHING, DEPUTY_ID))) {
            fixture().given(drafted())
                    .when(new DraftMonthlyPlanCommand(PLAN, SCHOOL, OCTOBER, monthItems()), actor)
                    .expectNoEvents()
                    .expectException(refusedWith(Refusal.NOT_THE_CHAIR));
            fixture().given(drafted(), monthDrafted(OCTOBER))
                    .when(new ConfirmMonthlyPlanCommand(PLAN, SCHOOL, OCTOBER), actor)
                    .expectNoEvents()
                    .expectException(refusedWith(Refusal.NOT_THE_CHAIR));
        }
    }

    @Test
    void monthsOfAnotherSchoolsPlanLookUnknown() {
        fixture().given(drafted())
                .when(new DraftMonthlyPlanCommand(PLAN, OTHER_SCHOOL, OCTOBER, monthItems()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, PLAN));
        fixture().given(drafted(), monthDrafted(OCTOBER))
                .when(new ConfirmMonthlyPlanCommand(PLAN, OTHER_SCHOOL, OCTOBER), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, PLAN));
    }

    @Test
    void aDissolvedAssociationPlansNoMoreMonths() {
        registry.dissolve(ASSOCIATION);

        fixture().given(drafted())
                .when(new DraftMonthlyPlanCommand(PLAN, SCHOOL, OCTOBER, monthItems()), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, ASSOCIATION));
        fixture().given(drafted(), monthDrafted(OCTOBER))
                .when(new ConfirmMonthlyPlanCommand(PLAN, SCHOOL, OCTOBER), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, ASSOCIATION));
    }
}
