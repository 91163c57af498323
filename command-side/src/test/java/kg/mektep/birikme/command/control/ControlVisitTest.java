package kg.mektep.birikme.command.control;

import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.control.ControlTopic;
import kg.mektep.birikme.api.control.ControlVisitRecordedEvent;
import kg.mektep.birikme.api.control.RecordControlVisitCommand;
import kg.mektep.birikme.command.plan.InMemoryAssociationRegistry;
import kg.mektep.birikme.command.school.TestCalendar;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R18 (clause 9): a deputy's control visit, with a follow-up no earlier than the visit. */
class ControlVisitTest {

    private static final String SCHOOL = "school-batken-1";
    private static final String ASSOCIATION = "ma-tilder";
    private static final LocalDate VISIT = LocalDate.of(2026, 11, 10);

    private FixtureConfiguration<ControlVisit> fixture;
    /** Today in the school: the day of the visit, unless a test moves it. */
    private LocalDate today = VISIT;
    private InMemoryAssociationRegistry registry;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ControlVisit.class);
        registry = new InMemoryAssociationRegistry()
                .withAssociation(ASSOCIATION, SCHOOL, "t-1", "t-2", "t-3", "t-4")
                .withAssociation("ma-dissolved", SCHOOL, "t-1", "t-2", "t-3", "t-4").dissolve("ma-dissolved");
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(new TestCalendar(() -> today));
    }

    @Test
    void aVisitIsRecordedOnceMadeNotAhead() {
        // Dated ahead, a visit would also count as the follow-up of an earlier one, hiding it from what is overdue.
        today = VISIT.minusDays(1);
        fixture.givenNoPriorActivity().when(visit(ASSOCIATION, VISIT.plusMonths(1), "Табылгалар"), DEPUTY)
                .expectNoEvents().expectException(refusedWith(Refusal.VISIT_DATE_IN_FUTURE, VISIT, VISIT.minusDays(1)));
    }

    /** Clause 6.1: there was no association to visit before the order that opened it. */
    @Test
    void noVisitIsDatedBeforeTheAssociationsOpening() {
        registry.openedOn(ASSOCIATION, VISIT.plusDays(1));
        fixture.givenNoPriorActivity().when(visit(ASSOCIATION, VISIT.plusMonths(1), "Табылгалар"), DEPUTY)
                .expectNoEvents().expectException(refusedWith(Refusal.DATED_BEFORE_OPENING, VISIT, VISIT.plusDays(1)));

        registry.openedOn(ASSOCIATION, VISIT);
        fixture.givenNoPriorActivity().when(visit(ASSOCIATION, VISIT.plusMonths(1), "Табылгалар"), DEPUTY)
                .expectSuccessfulHandlerExecution();
    }

    private static RecordControlVisitCommand visit(String association, LocalDate followUp, String findings) {
        return new RecordControlVisitCommand("visit-1", SCHOOL, association, ControlTopic.MENTORS_HELP_TO_YOUNG_TEACHERS,
                VISIT, findings, List.of("Насаатчылык планын түзүү"), followUp);
    }

    private static final Map<String, Object> DEPUTY = Map.of(MetadataKeys.ACTOR_ID, "deputy-1");

    @Test
    void aDeputyRecordsAVisitWithItsFindingsAndFollowUp() {
        fixture.givenNoPriorActivity()
                .when(visit(ASSOCIATION, VISIT.plusMonths(1), " Жаш мугалимдерге жардам пландалган эмес "), DEPUTY)
                .expectEvents(new ControlVisitRecordedEvent("visit-1", SCHOOL, ASSOCIATION,
                        ControlTopic.MENTORS_HELP_TO_YOUNG_TEACHERS, VISIT, "Жаш мугалимдерге жардам пландалган эмес",
                        List.of("Насаатчылык планын түзүү"), VISIT.plusMonths(1), "deputy-1"));
    }

    @Test
    void theFollowUpComesNoEarlierThanTheVisit() {
        fixture.givenNoPriorActivity().when(visit(ASSOCIATION, VISIT.minusDays(1), "Табылгалар"), DEPUTY)
                .expectNoEvents().expectException(refusedWith(Refusal.FOLLOW_UP_BEFORE_VISIT, VISIT.minusDays(1), VISIT));
    }

    @Test
    void aVisitHasFindings() {
        fixture.givenNoPriorActivity().when(visit(ASSOCIATION, VISIT, " "), DEPUTY)
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "findings"));
    }

    static Stream<Arguments> visitsWithoutTopicDateOrFollowUp() {
        return Stream.of(
                Arguments.of("topic", new RecordControlVisitCommand("visit-1", SCHOOL, ASSOCIATION, null, VISIT,
                        "Табылгалар", List.of(), VISIT.plusMonths(1))),
                Arguments.of("date", new RecordControlVisitCommand("visit-1", SCHOOL, ASSOCIATION,
                        ControlTopic.MENTORS_HELP_TO_YOUNG_TEACHERS, null, "Табылгалар", List.of(),
                        VISIT.plusMonths(1))),
                Arguments.of("followUp", new RecordControlVisitCommand("visit-1", SCHOOL, ASSOCIATION,
                        ControlTopic.MENTORS_HELP_TO_YOUNG_TEACHERS, VISIT, "Табылгалар", List.of(), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visitsWithoutTopicDateOrFollowUp")
    void aVisitNamesWhatWasControlledItsDayAndItsFollowUp(String field, RecordControlVisitCommand incomplete) {
        fixture.givenNoPriorActivity().when(incomplete, DEPUTY)
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, field));
    }

    @Test
    void noVisitToADissolvedOrUnknownAssociation() {
        fixture.givenNoPriorActivity().when(visit("ma-dissolved", VISIT, "Табылгалар"), DEPUTY)
                .expectNoEvents().expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, "ma-dissolved"));
        fixture.givenNoPriorActivity().when(visit("ma-none", VISIT, "Табылгалар"), DEPUTY)
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, "ma-none"));
    }
}
