package kg.mektep.birikme.command.activity;

import static kg.mektep.birikme.command.activity.ActivityTestData.ASSOCIATION;
import static kg.mektep.birikme.command.activity.ActivityTestData.BOLOT;
import static kg.mektep.birikme.command.activity.ActivityTestData.BOOK;
import static kg.mektep.birikme.command.activity.ActivityTestData.CHAIR;
import static kg.mektep.birikme.command.activity.ActivityTestData.SCHOOL;
import static kg.mektep.birikme.command.activity.ActivityTestData.YEAR;
import static kg.mektep.birikme.command.activity.ActivityTestData.asChair;
import static kg.mektep.birikme.command.activity.ActivityTestData.asDeputy;
import static kg.mektep.birikme.command.activity.ActivityTestData.asTeacher;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kg.mektep.birikme.api.activity.RecordSubjectEventCommand;
import kg.mektep.birikme.api.activity.RecordSubjectEventResultsCommand;
import kg.mektep.birikme.api.activity.SubjectEventKind;
import kg.mektep.birikme.api.activity.SubjectEventRecordedEvent;
import kg.mektep.birikme.api.activity.SubjectEventResultsRecordedEvent;
import kg.mektep.birikme.api.activity.Winner;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.common.SchoolYear;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R19 (clause 3.14): subject weeks, school olympiads and contests, and their results once they are over. */
class SubjectEventTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 1, 18);
    private static final LocalDate LAST = LocalDate.of(2027, 1, 23);
    private static final List<Winner> WINNERS = List.of(new Winner("Айбек Ңурланов", "9А", 1),
            new Winner("Мөлдүр Үсөнова", "10Б", 2));

    private FixtureConfiguration<ActivityBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = ActivityTestData.fixture();
    }

    private static RecordSubjectEventCommand week(LocalDate from, LocalDate to) {
        return new RecordSubjectEventCommand(BOOK, SCHOOL, ASSOCIATION, "week-1", SubjectEventKind.SUBJECT_WEEK,
                " Тарых жумалыгы ", "Тарых", from, to);
    }

    private static SubjectEventRecordedEvent weekRecorded() {
        return new SubjectEventRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "week-1", SubjectEventKind.SUBJECT_WEEK,
                "Тарых жумалыгы", "Тарых", FIRST, LAST, "user-" + CHAIR);
    }

    private static RecordSubjectEventResultsCommand results(LocalDate date, List<Winner> winners) {
        return new RecordSubjectEventResultsCommand(BOOK, SCHOOL, "week-1", date, 64, winners);
    }

    /** Recorded once begun (it may still run), its results once they are in: neither ahead of today. */
    @Test
    void aWeekIsRecordedOnceBegunAndItsResultsOnceIn() {
        ActivityTestData.fixture(FIRST).givenNoPriorActivity().when(week(FIRST, LAST), asChair())
                .expectEvents(weekRecorded());
        ActivityTestData.fixture(FIRST.minusDays(1)).givenNoPriorActivity().when(week(FIRST, LAST), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.ACTIVITY_DATE_IN_FUTURE, FIRST, FIRST.minusDays(1)));
        ActivityTestData.fixture(LAST.minusDays(1)).given(weekRecorded()).when(results(LAST, WINNERS), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.ACTIVITY_DATE_IN_FUTURE, LAST, LAST.minusDays(1)));
    }

    @Test
    void theChairRecordsASubjectWeek() {
        fixture.givenNoPriorActivity().when(week(FIRST, LAST), asChair()).expectEvents(weekRecorded());
    }

    @Test
    void aMemberWhoIsNotTheChairRecordsNoSubjectWeek() {
        fixture.givenNoPriorActivity().when(week(FIRST, LAST), asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }

    static Stream<Arguments> eventsWithoutKindTitleSubjectOrLastDay() {
        return Stream.of(
                Arguments.of("kind", event(null, "Тарых жумалыгы", "Тарых", LAST)),
                Arguments.of("title", event(SubjectEventKind.SUBJECT_WEEK, " ", "Тарых", LAST)),
                Arguments.of("subject", event(SubjectEventKind.SUBJECT_WEEK, "Тарых жумалыгы", null, LAST)),
                Arguments.of("to", event(SubjectEventKind.SUBJECT_WEEK, "Тарых жумалыгы", "Тарых", null)));
    }

    private static RecordSubjectEventCommand event(SubjectEventKind kind, String title, String subject, LocalDate to) {
        return new RecordSubjectEventCommand(BOOK, SCHOOL, ASSOCIATION, "week-1", kind, title, subject, FIRST, to);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventsWithoutKindTitleSubjectOrLastDay")
    void aSubjectEventNamesItsKindTitleSubjectAndLastDay(String field, RecordSubjectEventCommand incomplete) {
        fixture.givenNoPriorActivity().when(incomplete, asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, field));
    }

    @Test
    void theLastDayComesNoEarlierThanTheFirst() {
        fixture.givenNoPriorActivity().when(week(LAST, FIRST), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.EVENT_DAYS_OUT_OF_ORDER, LAST, FIRST));
    }

    @Test
    void aPeriodStaysInOneSchoolYear() {
        LocalDate nextYear = LocalDate.of(2027, 9, 2);
        fixture.givenNoPriorActivity().when(week(LocalDate.of(2027, 8, 30), nextYear), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.ACTIVITY_OUTSIDE_SCHOOL_YEAR, nextYear,
                        new SchoolYear(YEAR)));
    }

    @Test
    void resultsAreRecordedOnTheLastDayOrLater() {
        fixture.given(weekRecorded()).when(results(LAST, WINNERS), asDeputy(Role.DEPUTY_TEACHING))
                .expectEvents(new SubjectEventResultsRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "week-1", LAST, 64,
                        WINNERS, "user-deputy"));
    }

    @Test
    void noResultsBeforeTheEnd() {
        fixture.given(weekRecorded()).when(results(LAST.minusDays(1), WINNERS), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.RESULTS_BEFORE_END, LAST.minusDays(1), LAST));
    }

    @Test
    void everyWinnerTookPart() {
        fixture.given(weekRecorded())
                .when(new RecordSubjectEventResultsCommand(BOOK, SCHOOL, "week-1", LAST, 1, WINNERS), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.MORE_WINNERS_THAN_PARTICIPANTS, 2, 1));
        fixture.given(weekRecorded())
                .when(new RecordSubjectEventResultsCommand(BOOK, SCHOOL, "week-1", LAST, 2, WINNERS), asChair())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void resultsHaveTheirDate() {
        fixture.given(weekRecorded()).when(results(null, WINNERS), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "date"));
    }

    @Test
    void theNumberOfParticipantsIsNeverNegative() {
        fixture.given(weekRecorded())
                .when(new RecordSubjectEventResultsCommand(BOOK, SCHOOL, "week-1", LAST, -1, List.of()), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "participants"));
    }

    @Test
    void anEventNobodyEnteredHasResultsWithNoParticipants() {
        fixture.given(weekRecorded())
                .when(new RecordSubjectEventResultsCommand(BOOK, SCHOOL, "week-1", LAST, 0, List.of()), asChair())
                .expectEvents(new SubjectEventResultsRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "week-1", LAST, 0,
                        List.of(), "user-" + CHAIR));
    }

    @Test
    void resultsAreRecordedOnce() {
        fixture.given(weekRecorded(), new SubjectEventResultsRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "week-1",
                        LAST, 64, WINNERS, "user-" + CHAIR))
                .when(results(LAST.plusDays(3), List.of()), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.RESULTS_ALREADY_RECORDED, "week-1"));
    }

    @Test
    void everyWinnerHasANameAClassAndAPlace() {
        fixture.given(weekRecorded()).when(results(LAST, List.of(new Winner("Айбек Ңурланов", "9А", 0))), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "winners"));
        fixture.given(weekRecorded()).when(results(LAST, Arrays.asList(WINNERS.get(0), null)), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "winners"));
    }

    @Test
    void onlyTheChairOrADeputyRecordsResults() {
        fixture.given(weekRecorded()).when(results(LAST, WINNERS), asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }

    @Test
    void resultsAreOfASubjectEventOfTheYear() {
        fixture.given(weekRecorded())
                .when(new RecordSubjectEventResultsCommand(BOOK, SCHOOL, "week-9", LAST, 10, List.of()), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, "week-9"));
    }
}
