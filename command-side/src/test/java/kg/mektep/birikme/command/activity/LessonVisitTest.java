package kg.mektep.birikme.command.activity;

import static kg.mektep.birikme.command.activity.ActivityTestData.ASSOCIATION;
import static kg.mektep.birikme.command.activity.ActivityTestData.BOLOT;
import static kg.mektep.birikme.command.activity.ActivityTestData.BOOK;
import static kg.mektep.birikme.command.activity.ActivityTestData.CHAIR;
import static kg.mektep.birikme.command.activity.ActivityTestData.CHOLPON;
import static kg.mektep.birikme.command.activity.ActivityTestData.DANIYAR;
import static kg.mektep.birikme.command.activity.ActivityTestData.ELMIRA;
import static kg.mektep.birikme.command.activity.ActivityTestData.SCHOOL;
import static kg.mektep.birikme.command.activity.ActivityTestData.YEAR;
import static kg.mektep.birikme.command.activity.ActivityTestData.asChair;
import static kg.mektep.birikme.command.activity.ActivityTestData.asTeacher;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.stream.Stream;
import kg.mektep.birikme.api.activity.LessonVisitRecordedEvent;
import kg.mektep.birikme.api.activity.RecordLessonVisitCommand;
import kg.mektep.birikme.api.common.Refusal;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R19 (clause 3.7): members visit each other's lessons on a topic and analyse them together. */
class LessonVisitTest {

    private static final LocalDate VISIT_DAY = LocalDate.of(2027, 2, 17);

    private FixtureConfiguration<ActivityBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = ActivityTestData.fixture();
    }

    private static RecordLessonVisitCommand visit(String visiting, String visited, String analysis) {
        return new RecordLessonVisitCommand(BOOK, SCHOOL, ASSOCIATION, "visit-1", visiting, visited, "9А",
                " Түркстан АССРи ", VISIT_DAY, analysis);
    }

    @Test
    void theVisitingMemberRecordsTheVisitWithTheJointAnalysis() {
        fixture.givenNoPriorActivity()
                .when(visit(CHOLPON, BOLOT, " Окуучулардын өз алдынча иши көбүрөөк болсун "), asTeacher(CHOLPON))
                .expectEvents(new LessonVisitRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "visit-1", CHOLPON, BOLOT,
                        "9А", "Түркстан АССРи", VISIT_DAY, "Окуучулардын өз алдынча иши көбүрөөк болсун",
                        "user-" + CHOLPON));
    }

    @Test
    void theVisitedMemberOrTheChairRecordsItToo() {
        fixture.givenNoPriorActivity().when(visit(CHOLPON, BOLOT, "Талдоо"), asTeacher(BOLOT))
                .expectEvents(new LessonVisitRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "visit-1", CHOLPON, BOLOT,
                        "9А", "Түркстан АССРи", VISIT_DAY, "Талдоо", "user-" + BOLOT));
        fixture.givenNoPriorActivity().when(visit(CHOLPON, BOLOT, "Талдоо"), asChair())
                .expectEvents(new LessonVisitRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "visit-1", CHOLPON, BOLOT,
                        "9А", "Түркстан АССРи", VISIT_DAY, "Талдоо", "user-" + CHAIR));
    }

    @Test
    void aMemberRecordsNoVisitOfOthers() {
        fixture.givenNoPriorActivity().when(visit(CHOLPON, BOLOT, "Талдоо"), asTeacher(DANIYAR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_OWN_VISIT));
    }

    @Test
    void aTeacherDoesNotVisitTheirOwnLesson() {
        fixture.givenNoPriorActivity().when(visit(BOLOT, BOLOT, "Талдоо"), asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.VISIT_TO_ONESELF));
    }

    @Test
    void bothTeachersAreMembers() {
        fixture.givenNoPriorActivity().when(visit(BOLOT, ELMIRA, "Талдоо"), asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_A_MEMBER, ELMIRA));
    }

    static Stream<Arguments> visitsWithoutTeachersClassOrTopic() {
        return Stream.of(
                Arguments.of("visitingTeacherId", visit(" ", BOLOT, "9А", "Тема")),
                Arguments.of("visitedTeacherId", visit(CHOLPON, null, "9А", "Тема")),
                Arguments.of("className", visit(CHOLPON, BOLOT, "", "Тема")),
                Arguments.of("topic", visit(CHOLPON, BOLOT, "9А", "  ")));
    }

    private static RecordLessonVisitCommand visit(String visiting, String visited, String className, String topic) {
        return new RecordLessonVisitCommand(BOOK, SCHOOL, ASSOCIATION, "visit-1", visiting, visited, className, topic,
                VISIT_DAY, "Талдоо");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visitsWithoutTeachersClassOrTopic")
    void aVisitNamesBothTeachersTheClassAndTheTopic(String field, RecordLessonVisitCommand incomplete) {
        fixture.givenNoPriorActivity().when(incomplete, asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, field));
    }

    @Test
    void aVisitHasItsJointAnalysis() {
        fixture.givenNoPriorActivity().when(visit(CHOLPON, BOLOT, null), asTeacher(CHOLPON))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "analysis"));
    }
}
