package kg.mektep.birikme.command.activity;

import static kg.mektep.birikme.command.activity.ActivityTestData.ASSOCIATION;
import static kg.mektep.birikme.command.activity.ActivityTestData.BOLOT;
import static kg.mektep.birikme.command.activity.ActivityTestData.BOOK;
import static kg.mektep.birikme.command.activity.ActivityTestData.CHAIR;
import static kg.mektep.birikme.command.activity.ActivityTestData.CHOLPON;
import static kg.mektep.birikme.command.activity.ActivityTestData.DANIYAR;
import static kg.mektep.birikme.command.activity.ActivityTestData.ELMIRA;
import static kg.mektep.birikme.command.activity.ActivityTestData.LESSON_DAY;
import static kg.mektep.birikme.command.activity.ActivityTestData.SCHOOL;
import static kg.mektep.birikme.command.activity.ActivityTestData.YEAR;
import static kg.mektep.birikme.command.activity.ActivityTestData.ZHYLDYZ;
import static kg.mektep.birikme.command.activity.ActivityTestData.asChair;
import static kg.mektep.birikme.command.activity.ActivityTestData.asDeputy;
import static kg.mektep.birikme.command.activity.ActivityTestData.asTeacher;
import static kg.mektep.birikme.command.activity.ActivityTestData.lessonRecorded;
import static kg.mektep.birikme.command.activity.ActivityTestData.openLesson;
import static kg.mektep.birikme.command.activity.ActivityTestData.seminarRecorded;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import kg.mektep.birikme.api.activity.OpenLessonAnalysedEvent;
import kg.mektep.birikme.api.activity.OpenLessonRecordedEvent;
import kg.mektep.birikme.api.activity.RecordLessonAnalysisCommand;
import kg.mektep.birikme.api.activity.RecordOpenLessonCommand;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.common.SchoolYear;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R19 (clause 3.9): a member's open lesson on a topic, its observers, and its analysis afterwards. */
class OpenLessonTest {

    private FixtureConfiguration<ActivityBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = ActivityTestData.fixture();
    }

    private static RecordLessonAnalysisCommand analysis(LocalDate date, String text) {
        return new RecordLessonAnalysisCommand(BOOK, SCHOOL, "lesson-1", date, text);
    }

    @Test
    void noAnalysisDatedAheadOfToday() {
        LocalDate today = LESSON_DAY.plusDays(1);
        ActivityTestData.fixture(today).given(lessonRecorded()).when(analysis(today.plusDays(1), "Талдоо"), asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.ACTIVITY_DATE_IN_FUTURE, today.plusDays(1), today));
    }

    private static OpenLessonAnalysedEvent analysed(String analystTeacherId, String by) {
        return new OpenLessonAnalysedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "lesson-1", LESSON_DAY,
                "Булактар менен иштөө ыкмасы ийгиликтүү колдонулду", analystTeacherId, by);
    }

    @Test
    void aMemberRecordsTheirOwnOpenLessonObservedByStaff() {
        fixture.givenNoPriorActivity().when(openLesson(BOLOT, List.of(CHOLPON, " " + ELMIRA, CHOLPON), null),
                        asTeacher(BOLOT))
                .expectEvents(lessonRecorded());
    }

    @Test
    void theChairOrADeputyRecordsAMembersOpenLesson() {
        fixture.givenNoPriorActivity().when(openLesson(BOLOT, List.of(CHOLPON, ELMIRA), null), asChair())
                .expectEvents(new OpenLessonRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "lesson-1", BOLOT, "7Б",
                        "Тарых", "Манас эпосу: тарыхый булак катары", LESSON_DAY, List.of(CHOLPON, ELMIRA), null,
                        "user-" + CHAIR));
        fixture.givenNoPriorActivity().when(openLesson(BOLOT, null, null), asDeputy(Role.DEPUTY_TEACHING))
                .expectEvents(new OpenLessonRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "lesson-1", BOLOT, "7Б",
                        "Тарых", "Манас эпосу: тарыхый булак катары", LESSON_DAY, List.of(), null, "user-deputy"));
    }

    @Test
    void aMemberRecordsNoOtherMembersOpenLesson() {
        fixture.givenNoPriorActivity().when(openLesson(BOLOT, List.of(), null), asTeacher(CHOLPON))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_OWN_LESSON));
    }

    @Test
    void theTeacherOfAnOpenLessonIsAMember() {
        fixture.givenNoPriorActivity().when(openLesson(ELMIRA, List.of(), null), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_A_MEMBER, ELMIRA));
    }

    static Stream<Arguments> lessonsWithoutTeacherClassSubjectOrTopic() {
        return Stream.of(
                Arguments.of("teacherId", lesson(" ", "7Б", "Тарых", "Манас")),
                Arguments.of("teacherId", lesson(null, "7Б", "Тарых", "Манас")),
                Arguments.of("className", lesson(BOLOT, "", "Тарых", "Манас")),
                Arguments.of("subject", lesson(BOLOT, "7Б", null, "Манас")),
                Arguments.of("topic", lesson(BOLOT, "7Б", "Тарых", "  ")));
    }

    private static RecordOpenLessonCommand lesson(String teacherId, String className, String subject, String topic) {
        return new RecordOpenLessonCommand(BOOK, SCHOOL, ASSOCIATION, "lesson-1", teacherId, className, subject, topic,
                LESSON_DAY, List.of(), null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessonsWithoutTeacherClassSubjectOrTopic")
    void anOpenLessonNamesItsTeacherClassSubjectAndTopic(String field, RecordOpenLessonCommand incomplete) {
        fixture.givenNoPriorActivity().when(incomplete, asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, field));
    }

    @Test
    void observersAreStaffOfTheSchool() {
        fixture.givenNoPriorActivity().when(openLesson(BOLOT, List.of(CHOLPON, ZHYLDYZ), null), asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.OBSERVER_NOT_ON_STAFF, ZHYLDYZ));
        fixture.givenNoPriorActivity().when(openLesson(BOLOT, List.of("t-nobody"), null), asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.OBSERVER_NOT_ON_STAFF, "t-nobody"));
    }

    @Test
    void aThematicOpenLessonNamesASeminarOfItsYear() {
        fixture.given(seminarRecorded()).when(openLesson(BOLOT, List.of(), "seminar-1"), asTeacher(BOLOT))
                .expectEvents(new OpenLessonRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "lesson-1", BOLOT, "7Б",
                        "Тарых", "Манас эпосу: тарыхый булак катары", LESSON_DAY, List.of(), "seminar-1",
                        "user-" + BOLOT));
        fixture.givenNoPriorActivity().when(openLesson(BOLOT, List.of(), "seminar-1"), asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.LINKED_ACTIVITY_NOT_FOUND, "seminar-1",
                        new SchoolYear(YEAR)));
    }

    @Test
    void theTeacherAnalysesTheLessonOnItsDay() {
        fixture.given(lessonRecorded())
                .when(analysis(LESSON_DAY, " Булактар менен иштөө ыкмасы ийгиликтүү колдонулду "), asTeacher(BOLOT))
                .expectEvents(analysed(BOLOT, "user-" + BOLOT));
    }

    @Test
    void anObserverOrADeputyMayRecordTheAnalysis() {
        fixture.given(lessonRecorded())
                .when(analysis(LESSON_DAY, "Булактар менен иштөө ыкмасы ийгиликтүү колдонулду"), asTeacher(CHOLPON))
                .expectEvents(analysed(CHOLPON, "user-" + CHOLPON));
        fixture.given(lessonRecorded())
                .when(analysis(LESSON_DAY, "Булактар менен иштөө ыкмасы ийгиликтүү колдонулду"),
                        asDeputy(Role.DEPUTY_METHODOLOGY))
                .expectEvents(analysed(null, "user-deputy"));
    }

    @Test
    void aMemberWhoWasNotAtTheLessonRecordsNoAnalysis() {
        fixture.given(lessonRecorded()).when(analysis(LESSON_DAY, "Талдоо"), asTeacher(DANIYAR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_OWN_LESSON));
    }

    @Test
    void noAnalysisBeforeTheLesson() {
        fixture.given(lessonRecorded()).when(analysis(LESSON_DAY.minusDays(1), "Талдоо"), asTeacher(BOLOT))
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ANALYSIS_BEFORE_LESSON, LESSON_DAY.minusDays(1), LESSON_DAY));
    }

    @Test
    void aLessonIsAnalysedOnce() {
        fixture.given(lessonRecorded(), analysed(BOLOT, "user-" + BOLOT))
                .when(analysis(LESSON_DAY.plusDays(1), "Кайра талдоо"), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.LESSON_ALREADY_ANALYSED, "lesson-1"));
    }

    @Test
    void anAnalysisHasTextAndALessonOfTheYear() {
        fixture.given(lessonRecorded()).when(analysis(LESSON_DAY, " "), asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "analysis"));
        fixture.given(lessonRecorded())
                .when(new RecordLessonAnalysisCommand(BOOK, SCHOOL, "lesson-9", LESSON_DAY, "Талдоо"), asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, "lesson-9"));
    }

    @Test
    void anAnalysisHasItsDate() {
        fixture.given(lessonRecorded()).when(analysis(null, "Талдоо"), asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "date"));
    }

    @Test
    void anotherSchoolCannotAnalyseTheLesson() {
        fixture.given(lessonRecorded())
                .when(new RecordLessonAnalysisCommand(BOOK, "school-other", "lesson-1", LESSON_DAY, "Талдоо"),
                        asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, BOOK));
    }
}
