package kg.mektep.birikme.command.activity;

import static kg.mektep.birikme.command.activity.ActivityTestData.ASSOCIATION;
import static kg.mektep.birikme.command.activity.ActivityTestData.BOLOT;
import static kg.mektep.birikme.command.activity.ActivityTestData.BOOK;
import static kg.mektep.birikme.command.activity.ActivityTestData.CHAIR;
import static kg.mektep.birikme.command.activity.ActivityTestData.CHOLPON;
import static kg.mektep.birikme.command.activity.ActivityTestData.ELMIRA;
import static kg.mektep.birikme.command.activity.ActivityTestData.SCHOOL;
import static kg.mektep.birikme.command.activity.ActivityTestData.SEMINAR_DAY;
import static kg.mektep.birikme.command.activity.ActivityTestData.YEAR;
import static kg.mektep.birikme.command.activity.ActivityTestData.asChair;
import static kg.mektep.birikme.command.activity.ActivityTestData.asDeputy;
import static kg.mektep.birikme.command.activity.ActivityTestData.asTeacher;
import static kg.mektep.birikme.command.activity.ActivityTestData.lessonRecorded;
import static kg.mektep.birikme.command.activity.ActivityTestData.seminar;
import static kg.mektep.birikme.command.activity.ActivityTestData.seminarRecorded;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.activity.ExtracurricularEventRecordedEvent;
import kg.mektep.birikme.api.activity.RecordExtracurricularEventCommand;
import kg.mektep.birikme.api.activity.RecordSeminarCommand;
import kg.mektep.birikme.api.activity.SeminarRecordedEvent;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.common.SchoolYear;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** R10 (clauses 5.5, 5.7) and R19 (3.15): seminars with their thematic lessons, and extracurricular work. */
class SeminarTest {

    private static final LocalDate EVENT_DAY = LocalDate.of(2026, 11, 14);

    private FixtureConfiguration<ActivityBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = ActivityTestData.fixture();
    }

    private static RecordExtracurricularEventCommand event(List<String> responsible, List<String> classes,
                                                           String seminarId) {
        return new RecordExtracurricularEventCommand(BOOK, SCHOOL, ASSOCIATION, "event-1", " «Ата-бабалардын изи» викторинасы ",
                EVENT_DAY, responsible, classes, seminarId);
    }

    private static ExtracurricularEventRecordedEvent eventRecorded(String seminarId, String by) {
        return new ExtracurricularEventRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "event-1",
                "«Ата-бабалардын изи» викторинасы", EVENT_DAY, List.of(BOLOT), List.of("7Б", "8А"), seminarId, by);
    }

    @Test
    void theChairRecordsASeminarLedByMembers() {
        fixture.givenNoPriorActivity().when(seminar(ASSOCIATION, List.of(CHAIR), List.of(), List.of()), asChair())
                .expectEvents(seminarRecorded());
    }

    @Test
    void aDeputyRecordsASeminarToo() {
        fixture.givenNoPriorActivity()
                .when(seminar(ASSOCIATION, List.of(CHAIR), null, null), asDeputy(Role.DEPUTY_METHODOLOGY))
                .expectEvents(new SeminarRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "seminar-1",
                        "Тарыхты окутууда булактар менен иштөө", SEMINAR_DAY, List.of(CHAIR), List.of(), List.of(),
                        "user-deputy"));
    }

    @Test
    void aMemberWhoIsNotTheChairRecordsNoSeminar() {
        fixture.givenNoPriorActivity().when(seminar(ASSOCIATION, List.of(CHAIR), List.of(), List.of()), asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }

    @Test
    void aSeminarIsLedByMembers() {
        fixture.givenNoPriorActivity().when(seminar(ASSOCIATION, List.of(CHAIR, ELMIRA), List.of(), List.of()), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_A_MEMBER, ELMIRA));
        fixture.givenNoPriorActivity().when(seminar(ASSOCIATION, List.of(), List.of(), List.of()), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "leaderIds"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aSeminarHasATopic(String topic) {
        fixture.givenNoPriorActivity()
                .when(new RecordSeminarCommand(BOOK, SCHOOL, ASSOCIATION, "seminar-1", topic, SEMINAR_DAY,
                        List.of(CHAIR), List.of(), List.of()), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "topic"));
    }

    @Test
    void aSeminarNamesTheThematicLessonsAndEventsOfItsYearAlreadyRecorded() {
        fixture.given(lessonRecorded(), eventRecorded(null, "user-" + CHAIR))
                .when(seminar(ASSOCIATION, List.of(CHAIR, BOLOT), List.of("lesson-1"), List.of("event-1")), asChair())
                .expectEvents(new SeminarRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "seminar-1",
                        "Тарыхты окутууда булактар менен иштөө", SEMINAR_DAY, List.of(CHAIR, BOLOT), List.of("lesson-1"),
                        List.of("event-1"), "user-" + CHAIR));
    }

    @Test
    void aSeminarCannotNameWhatTheYearDoesNotHold() {
        fixture.given(lessonRecorded())
                .when(seminar(ASSOCIATION, List.of(CHAIR), List.of("lesson-9"), List.of()), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.LINKED_ACTIVITY_NOT_FOUND, "lesson-9",
                        new SchoolYear(YEAR)));
        // An open lesson is not an extracurricular event.
        fixture.given(lessonRecorded())
                .when(seminar(ASSOCIATION, List.of(CHAIR), List.of(), List.of("lesson-1")), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.LINKED_ACTIVITY_NOT_FOUND, "lesson-1",
                        new SchoolYear(YEAR)));
    }

    @Test
    void theChairRecordsAnExtracurricularEventOfASeminar() {
        fixture.given(seminarRecorded())
                .when(event(List.of(BOLOT), List.of(" 7Б", "8А", "7Б"), "seminar-1"), asChair())
                .expectEvents(eventRecorded("seminar-1", "user-" + CHAIR));
    }

    @Test
    void anExtracurricularEventNamesASeminarOfItsYear() {
        fixture.givenNoPriorActivity().when(event(List.of(BOLOT), List.of("7Б"), "seminar-1"), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.LINKED_ACTIVITY_NOT_FOUND, "seminar-1",
                        new SchoolYear(YEAR)));
    }

    @Test
    void membersAreResponsibleForAnExtracurricularEventWithItsClasses() {
        fixture.givenNoPriorActivity().when(event(List.of(ELMIRA), List.of("7Б"), null), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_A_MEMBER, ELMIRA));
        fixture.givenNoPriorActivity().when(event(List.of(BOLOT), List.of(" "), null), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "classNames"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anExtracurricularEventHasATitle(String title) {
        fixture.givenNoPriorActivity()
                .when(new RecordExtracurricularEventCommand(BOOK, SCHOOL, ASSOCIATION, "event-1", title, EVENT_DAY,
                        List.of(BOLOT), List.of("7Б"), null), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "title"));
    }

    @Test
    void aMemberWhoIsNotTheChairRecordsNoExtracurricularEvent() {
        fixture.givenNoPriorActivity().when(event(List.of(BOLOT), List.of("7Б"), null), asTeacher(CHOLPON))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }

    @Test
    void aDeputyRecordsAnExtracurricularEvent() {
        fixture.givenNoPriorActivity().when(event(List.of(BOLOT), List.of("7Б", "8А"), null),
                        asDeputy(Role.DEPUTY_TEACHING))
                .expectEvents(eventRecorded(null, "user-deputy"));
    }
}
