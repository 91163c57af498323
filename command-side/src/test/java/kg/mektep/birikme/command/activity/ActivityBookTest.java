package kg.mektep.birikme.command.activity;

import static kg.mektep.birikme.command.activity.ActivityTestData.ASSOCIATION;
import static kg.mektep.birikme.command.activity.ActivityTestData.BOLOT;
import static kg.mektep.birikme.command.activity.ActivityTestData.CHAIR;
import static kg.mektep.birikme.command.activity.ActivityTestData.CHOLPON;
import static kg.mektep.birikme.command.activity.ActivityTestData.DISSOLVED;
import static kg.mektep.birikme.command.activity.ActivityTestData.LESSON_DAY;
import static kg.mektep.birikme.command.activity.ActivityTestData.MEETING_DAY;
import static kg.mektep.birikme.command.activity.ActivityTestData.OTHER_SCHOOL;
import static kg.mektep.birikme.command.activity.ActivityTestData.SCHOOL;
import static kg.mektep.birikme.command.activity.ActivityTestData.YEAR;
import static kg.mektep.birikme.command.activity.ActivityTestData.asChair;
import static kg.mektep.birikme.command.activity.ActivityTestData.asDeputy;
import static kg.mektep.birikme.command.activity.ActivityTestData.lessonRecorded;
import static kg.mektep.birikme.command.activity.ActivityTestData.seminar;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.activity.ActivityBooks;
import kg.mektep.birikme.api.activity.ExtracurricularEventRecordedEvent;
import kg.mektep.birikme.api.activity.HearReportCommand;
import kg.mektep.birikme.api.activity.LessonVisitRecordedEvent;
import kg.mektep.birikme.api.activity.OpenLessonRecordedEvent;
import kg.mektep.birikme.api.activity.RecordExtracurricularEventCommand;
import kg.mektep.birikme.api.activity.RecordLessonAnalysisCommand;
import kg.mektep.birikme.api.activity.RecordLessonVisitCommand;
import kg.mektep.birikme.api.activity.RecordOpenLessonCommand;
import kg.mektep.birikme.api.activity.RecordSeminarCommand;
import kg.mektep.birikme.api.activity.RecordSubjectEventCommand;
import kg.mektep.birikme.api.activity.ReportHeardEvent;
import kg.mektep.birikme.api.activity.ReportKind;
import kg.mektep.birikme.api.activity.SeminarRecordedEvent;
import kg.mektep.birikme.api.activity.SubjectEventKind;
import kg.mektep.birikme.api.activity.SubjectEventRecordedEvent;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.command.plan.InMemoryAssociationRegistry;
import kg.mektep.birikme.command.school.InMemorySchoolRegistry;
import kg.mektep.birikme.command.school.TestCalendar;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The book of an association's year takes activities only of an active association, its school and that year. */
class ActivityBookTest {

    private FixtureConfiguration<ActivityBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = ActivityTestData.fixture();
    }

    /** Every kind of new activity, for the association given. */
    private static List<Object> everyKindFor(String association) {
        String book = ActivityBooks.idOf(association, YEAR);
        return List.of(
                seminar(association, List.of(CHAIR), List.of(), List.of()),
                new RecordOpenLessonCommand(book, SCHOOL, association, "lesson-1", BOLOT, "7Б", "Тарых", "Манас",
                        LESSON_DAY, List.of(), null),
                new RecordLessonVisitCommand(book, SCHOOL, association, "visit-1", CHOLPON, BOLOT, "9А", "Тема",
                        LESSON_DAY, "Талдоо"),
                new RecordSubjectEventCommand(book, SCHOOL, association, "week-1", SubjectEventKind.SCHOOL_OLYMPIAD,
                        "Мектептик олимпиада", "Тарых", LESSON_DAY, LESSON_DAY),
                new HearReportCommand(book, SCHOOL, association, "report-1", BOLOT, ReportKind.SELF_EDUCATION,
                        "Өз алдынча билим алуу", MEETING_DAY, null),
                new RecordExtracurricularEventCommand(book, SCHOOL, association, "event-1", "Викторина", LESSON_DAY,
                        List.of(BOLOT), List.of("7Б"), null));
    }

    @Test
    void aDissolvedAssociationRecordsNoActivity() {
        for (Object command : everyKindFor(DISSOLVED)) {
            fixture.givenNoPriorActivity().when(command, asDeputy(Role.DEPUTY_TEACHING))
                    .expectNoEvents().expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, DISSOLVED));
        }
    }

    @Test
    void anUnknownAssociationRecordsNoActivity() {
        for (Object command : everyKindFor("ma-none")) {
            fixture.givenNoPriorActivity().when(command, asDeputy(Role.DEPUTY_TEACHING))
                    .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, "ma-none"));
        }
    }

    @Test
    void aDeputyRecordsEveryKindInAnActiveAssociation() {
        List<Object> commands = everyKindFor(ASSOCIATION);
        List<Class<?>> recorded = List.of(SeminarRecordedEvent.class, OpenLessonRecordedEvent.class,
                LessonVisitRecordedEvent.class, SubjectEventRecordedEvent.class, ReportHeardEvent.class,
                ExtracurricularEventRecordedEvent.class);
        for (int i = 0; i < commands.size(); i++) {
            fixture.givenNoPriorActivity().when(commands.get(i), asDeputy(Role.DEPUTY_METHODOLOGY))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(recorded.get(i)), andNoMore())));
        }
    }

    /** Clause 5.7: the book records what was held; an activity dated ahead would count for R10 before it is. */
    @Test
    void everyActivityIsRecordedOnItsDayOrLaterNeverAhead() {
        List<Object> commands = everyKindFor(ASSOCIATION);
        List<LocalDate> days = List.of(ActivityTestData.SEMINAR_DAY, LESSON_DAY, LESSON_DAY, LESSON_DAY, MEETING_DAY,
                LESSON_DAY);
        for (int i = 0; i < commands.size(); i++) {
            LocalDate day = days.get(i);
            ActivityTestData.fixture(day.minusDays(1)).givenNoPriorActivity()
                    .when(commands.get(i), asDeputy(Role.DEPUTY_TEACHING)).expectNoEvents()
                    .expectException(refusedWith(Refusal.ACTIVITY_DATE_IN_FUTURE, day, day.minusDays(1)));
            ActivityTestData.fixture(day).givenNoPriorActivity()
                    .when(commands.get(i), asDeputy(Role.DEPUTY_TEACHING)).expectSuccessfulHandlerExecution();
        }
    }

    /** Clause 6.1: nothing of an association is dated before the order that opened it. */
    @Test
    void noActivityIsDatedBeforeTheOpeningOrder() {
        List<Object> commands = everyKindFor(ActivityTestData.OPENED_LATE);
        List<LocalDate> days = List.of(ActivityTestData.SEMINAR_DAY, LESSON_DAY, LESSON_DAY, LESSON_DAY, MEETING_DAY,
                LESSON_DAY);
        for (int i = 0; i < commands.size(); i++) {
            fixture.givenNoPriorActivity().when(commands.get(i), asDeputy(Role.DEPUTY_TEACHING)).expectNoEvents()
                    .expectException(refusedWith(Refusal.DATED_BEFORE_OPENING, days.get(i), ActivityTestData.OPENING_LATE));
        }
    }

    @Test
    void everyActivityNamesItsDayWhichDecidesTheBooksYear() {
        List<Object> undated = List.of(
                new RecordSeminarCommand(ActivityTestData.BOOK, SCHOOL, ASSOCIATION, "seminar-1", "Семинар", null,
                        List.of(CHAIR), List.of(), List.of()),
                new RecordOpenLessonCommand(ActivityTestData.BOOK, SCHOOL, ASSOCIATION, "lesson-1", BOLOT, "7Б",
                        "Тарых", "Манас", null, List.of(), null),
                new RecordLessonVisitCommand(ActivityTestData.BOOK, SCHOOL, ASSOCIATION, "visit-1", CHOLPON, BOLOT,
                        "9А", "Тема", null, "Талдоо"),
                new RecordSubjectEventCommand(ActivityTestData.BOOK, SCHOOL, ASSOCIATION, "week-1",
                        SubjectEventKind.SUBJECT_WEEK, "Тарых жумалыгы", "Тарых", null, LESSON_DAY),
                new HearReportCommand(ActivityTestData.BOOK, SCHOOL, ASSOCIATION, "report-1", BOLOT,
                        ReportKind.SELF_EDUCATION, "Өз алдынча билим алуу", null, null),
                new RecordExtracurricularEventCommand(ActivityTestData.BOOK, SCHOOL, ASSOCIATION, "event-1",
                        "Викторина", null, List.of(BOLOT), List.of("7Б"), null));
        List<String> fields = List.of("date", "date", "date", "from", "date", "date");
        for (int i = 0; i < undated.size(); i++) {
            fixture.givenNoPriorActivity().when(undated.get(i), asChair())
                    .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, fields.get(i)));
        }
    }

    @Test
    void analysisOfALessonWhoseAssociationWasDissolvedSinceIsRefused() {
        FixtureConfiguration<ActivityBook> later = new AggregateTestFixture<>(ActivityBook.class);
        later.registerInjectableResource(new InMemoryAssociationRegistry()
                .withAssociation(ASSOCIATION, SCHOOL, CHAIR, BOLOT, CHOLPON, "t-daniyar").dissolve(ASSOCIATION));
        later.registerInjectableResource(new InMemorySchoolRegistry());
        later.registerInjectableResource(TestCalendar.on(ActivityTestData.TODAY));
        later.given(lessonRecorded())
                .when(new RecordLessonAnalysisCommand(ActivityTestData.BOOK, SCHOOL, "lesson-1", LESSON_DAY, "Талдоо"),
                        asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, ASSOCIATION));
    }

    @Test
    void aBookTakesOnlyItsAssociationAndTheYearOfTheDate() {
        // The date falls in 2027-2028: not this book's year.
        fixture.givenNoPriorActivity().when(new RecordOpenLessonCommand(ActivityTestData.BOOK, SCHOOL, ASSOCIATION,
                        "lesson-1", BOLOT, "7Б", "Тарых", "Манас", LocalDate.of(2027, 9, 6), List.of(), null), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, ActivityTestData.BOOK));
        fixture.givenNoPriorActivity().when(new RecordOpenLessonCommand(ActivityTestData.BOOK, SCHOOL, "ma-other",
                        "lesson-1", BOLOT, "7Б", "Тарых", "Манас", LESSON_DAY, List.of(), null), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, ActivityTestData.BOOK));
        fixture.given(lessonRecorded()).when(new RecordOpenLessonCommand(ActivityTestData.BOOK, OTHER_SCHOOL,
                        ASSOCIATION, "lesson-2", BOLOT, "7Б", "Тарых", "Манас", LESSON_DAY, List.of(), null), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, ActivityTestData.BOOK));
    }
}
