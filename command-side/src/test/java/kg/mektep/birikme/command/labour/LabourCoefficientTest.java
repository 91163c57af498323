package kg.mektep.birikme.command.labour;

import static kg.mektep.birikme.command.labour.LabourCommissionTest.AIBEK;
import static kg.mektep.birikme.command.labour.LabourCommissionTest.ASSOCIATION;
import static kg.mektep.birikme.command.labour.LabourCommissionTest.CHAIR;
import static kg.mektep.birikme.command.labour.LabourCommissionTest.COMMISSION;
import static kg.mektep.birikme.command.labour.LabourCommissionTest.NURGUL;
import static kg.mektep.birikme.command.labour.LabourCommissionTest.OUTSIDER;
import static kg.mektep.birikme.command.labour.LabourCommissionTest.SCHOOL;
import static kg.mektep.birikme.command.labour.LabourCommissionTest.UMUT;
import static kg.mektep.birikme.command.labour.LabourCommissionTest.as;
import static kg.mektep.birikme.command.labour.LabourCommissionTest.formed;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.labour.LabourCoefficientSetEvent;
import kg.mektep.birikme.api.labour.SetLabourCoefficientCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R15 (clause 4.5): the commission sets each member's coefficient for a period; a new one replaces, history stays. */
class LabourCoefficientTest {

    private static final LocalDate OCTOBER_1 = LocalDate.of(2026, 10, 1);
    private static final LocalDate OCTOBER_31 = LocalDate.of(2026, 10, 31);

    private FixtureConfiguration<LabourCommission> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LabourCommission.class);
        fixture.registerInjectableResource(LabourCommissionTest.registry());
    }

    private static SetLabourCoefficientCommand set(String member, LocalDate from, LocalDate to, String value) {
        return new SetLabourCoefficientCommand(COMMISSION, SCHOOL, ASSOCIATION, member, from, to,
                value == null ? null : new BigDecimal(value));
    }

    private static LabourCoefficientSetEvent setEvent(String member, LocalDate from, LocalDate to, String value,
                                                      int revision, String by) {
        return new LabourCoefficientSetEvent(COMMISSION, SCHOOL, ASSOCIATION, member, from, to, new BigDecimal(value),
                revision, by);
    }

    @Test
    void aCommissionMemberSetsAMembersCoefficientForAPeriod() {
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                .when(set(UMUT, OCTOBER_1, OCTOBER_31, "1.2"), as(NURGUL))
                .expectEvents(setEvent(UMUT, OCTOBER_1, OCTOBER_31, "1.20", 1, NURGUL));
    }

    @Test
    void aNewAssessmentOfTheSameMemberAndPeriodReplacesTheEarlierOne() {
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK), setEvent(UMUT, OCTOBER_1, OCTOBER_31, "1.20", 1, NURGUL))
                .when(set(UMUT, OCTOBER_1, OCTOBER_31, "1.35"), as(AIBEK))
                .expectEvents(setEvent(UMUT, OCTOBER_1, OCTOBER_31, "1.35", 2, AIBEK));
    }

    @Test
    void anotherPeriodOrMemberIsAFirstAssessment() {
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK), setEvent(UMUT, OCTOBER_1, OCTOBER_31, "1.20", 1, NURGUL))
                .when(set(UMUT, OCTOBER_1, LocalDate.of(2026, 12, 31), "1"), as(AIBEK))
                .expectEvents(setEvent(UMUT, OCTOBER_1, LocalDate.of(2026, 12, 31), "1.00", 1, AIBEK));
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK), setEvent(UMUT, OCTOBER_1, OCTOBER_31, "1.20", 1, NURGUL))
                .when(set(CHAIR, OCTOBER_1, OCTOBER_31, "0.9"), as(AIBEK))
                .expectEvents(setEvent(CHAIR, OCTOBER_1, OCTOBER_31, "0.90", 1, AIBEK));
    }

    @Test
    void noCoefficientBeforeTheCommissionIsFormed() {
        fixture.givenNoPriorActivity().when(set(UMUT, OCTOBER_1, OCTOBER_31, "1.00"), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.COMMISSION_NOT_FORMED, ASSOCIATION));
    }

    @Test
    void onlyAMemberOfTheCommissionSetsCoefficients() {
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                .when(set(UMUT, OCTOBER_1, OCTOBER_31, "1.00"), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_IN_COMMISSION));
    }

    @Test
    void aCommissionMemberWhoLeftTheAssociationSetsNoMore() {
        fixture.given(formed(List.of(AIBEK, OUTSIDER), AIBEK))
                .when(set(UMUT, OCTOBER_1, OCTOBER_31, "1.00"), as(OUTSIDER))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_IN_COMMISSION));
    }

    @Test
    void aMemberLeftOutOfALaterFormationSetsNoMore() {
        fixture.given(formed(List.of(AIBEK, NURGUL, CHAIR), AIBEK), formed(List.of(UMUT, NURGUL), NURGUL))
                .when(set(UMUT, OCTOBER_1, OCTOBER_31, "1.00"), as(AIBEK))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_IN_COMMISSION));
    }

    @Test
    void theMemberAssessedIsNamed() {
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                .when(set(" ", OCTOBER_1, OCTOBER_31, "1.00"), as(AIBEK))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "memberId"));
    }

    @Test
    void coefficientsAreForMembersOfTheAssociation() {
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                .when(set(OUTSIDER, OCTOBER_1, OCTOBER_31, "1.00"), as(AIBEK))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_A_MEMBER, OUTSIDER));
    }

    @Test
    void thePeriodRunsForward() {
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                .when(set(UMUT, OCTOBER_31, OCTOBER_1, "1.00"), as(AIBEK))
                .expectNoEvents().expectException(refusedWith(Refusal.PERIOD_OUT_OF_ORDER, OCTOBER_31, OCTOBER_1));
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                .when(set(UMUT, OCTOBER_1, OCTOBER_1, "1.00"), as(AIBEK))
                .expectEvents(setEvent(UMUT, OCTOBER_1, OCTOBER_1, "1.00", 1, AIBEK));
    }

    @Test
    void thePeriodLiesWithinOneSchoolYear() {
        LocalDate august = LocalDate.of(2026, 8, 1);
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                .when(set(UMUT, august, OCTOBER_31, "1.00"), as(AIBEK))
                .expectNoEvents().expectException(refusedWith(Refusal.PERIOD_ACROSS_SCHOOL_YEARS, august, OCTOBER_31));
    }

    @Test
    void thePeriodAndTheValueAreGiven() {
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                .when(set(UMUT, null, OCTOBER_31, "1.00"), as(AIBEK))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "from"));
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                .when(set(UMUT, OCTOBER_1, null, "1.00"), as(AIBEK))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "to"));
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                .when(set(UMUT, OCTOBER_1, OCTOBER_31, null), as(AIBEK))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "value"));
    }

    @Test
    void theCoefficientLiesWithinTheRangeWithTwoDecimals() {
        for (String value : List.of("-0.01", "2.01", "1.255", "100")) {
            fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                    .when(set(UMUT, OCTOBER_1, OCTOBER_31, value), as(AIBEK))
                    .expectNoEvents().expectException(refusedWith(Refusal.COEFFICIENT_OUT_OF_RANGE, value,
                            LabourCommission.LOWEST, LabourCommission.HIGHEST));
        }
    }

    @Test
    void aValueOfAThousandMillionDigitsIsRefusedWithoutWritingThemOut() {
        assertThat(LabourCommission.shown(new java.math.BigDecimal("1e40"))).isEqualTo("1" + "0".repeat(40));
        assertThat(LabourCommission.shown(new java.math.BigDecimal("1e41"))).isEqualTo("1E+41");
        assertThat(LabourCommission.shown(new java.math.BigDecimal("1e-40"))).isEqualTo("0." + "0".repeat(39) + "1");
        assertThat(LabourCommission.shown(new java.math.BigDecimal("1e-41"))).isEqualTo("1E-41");
        for (String value : List.of("1e999999999", "1e-999999999")) {
            fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                    .when(set(UMUT, OCTOBER_1, OCTOBER_31, value), as(AIBEK))
                    .expectNoEvents().expectException(refusedWith(Refusal.COEFFICIENT_OUT_OF_RANGE,
                            new java.math.BigDecimal(value).toString(), LabourCommission.LOWEST, LabourCommission.HIGHEST));
        }
    }

    @Test
    void theEndsOfTheRangeAreAllowed() {
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                .when(set(UMUT, OCTOBER_1, OCTOBER_31, "0"), as(AIBEK))
                .expectEvents(setEvent(UMUT, OCTOBER_1, OCTOBER_31, "0.00", 1, AIBEK));
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                .when(set(UMUT, OCTOBER_1, OCTOBER_31, "2.000"), as(AIBEK))
                .expectEvents(setEvent(UMUT, OCTOBER_1, OCTOBER_31, "2.00", 1, AIBEK));
    }
}
