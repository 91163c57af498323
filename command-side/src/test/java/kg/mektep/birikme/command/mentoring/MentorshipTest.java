package kg.mektep.birikme.command.mentoring;

import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.mentoring.AssignMentorCommand;
import kg.mektep.birikme.api.mentoring.MentorAssignedEvent;
import kg.mektep.birikme.api.mentoring.MentoringSessionRecordedEvent;
import kg.mektep.birikme.api.mentoring.RecordMentoringSessionCommand;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import kg.mektep.birikme.command.plan.InMemoryAssociationRegistry;
import kg.mektep.birikme.command.school.InMemorySchoolRegistry;
import kg.mektep.birikme.command.school.TestCalendar;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R17 (clauses 3.17, 8.6): mentors, from the members, for young teachers only. */
class MentorshipTest {

    private static final String SCHOOL = "school-talas-2";
    private static final String ASSOCIATION = "ma-biologiya";
    private static final String CHAIR = "t-saltanat";
    private static final String MENTOR = "t-kubat";
    private static final String YOUNG = "t-aizhamal";
    private static final String EXPERIENCED = "t-ormon";
    /** Young and on the staff, but not a member of the association. */
    private static final String NEWCOMER = "t-nazira";
    private static final LocalDate SINCE = LocalDate.of(2026, 9, 15);
    private static final String MENTORSHIP = "mentorship-1";

    private FixtureConfiguration<Mentorship> fixture;
    /** Today in the school: after the sessions the tests record, unless a test moves it. */
    private LocalDate today = LocalDate.of(2027, 6, 1);
    private InMemoryAssociationRegistry associations;

    @BeforeEach
    void setUp() {
        InMemorySchoolRegistry staff = new InMemorySchoolRegistry()
                .on(new SchoolRegisteredEvent(SCHOOL, "№2 мектеп", "Талас", "Asia/Bishkek"));
        for (var teacher : Map.of(CHAIR, LocalDate.of(2005, 9, 1), MENTOR, LocalDate.of(2010, 9, 1),
                YOUNG, LocalDate.of(2024, 9, 2), EXPERIENCED, LocalDate.of(2023, 9, 15),
                NEWCOMER, LocalDate.of(2025, 9, 1)).entrySet()) {
            staff.on(new TeacherRegisteredEvent(teacher.getKey(), SCHOOL, "Мугалим Өмүров", List.of("Биология"),
                    teacher.getValue()));
        }
        fixture = new AggregateTestFixture<>(Mentorship.class);
        fixture.registerInjectableResource(staff);
        associations = new InMemoryAssociationRegistry()
                .withAssociation(ASSOCIATION, SCHOOL, CHAIR, MENTOR, YOUNG, EXPERIENCED);
        fixture.registerInjectableResource(associations);
        fixture.registerInjectableResource(new TestCalendar(() -> today));
    }

    private static Map<String, Object> as(String teacherId) {
        return Map.of(MetadataKeys.ACTOR_TEACHER_ID, teacherId);
    }

    private static AssignMentorCommand assign(String mentee, String mentor) {
        return new AssignMentorCommand(MENTORSHIP, SCHOOL, ASSOCIATION, mentee, mentor, SINCE);
    }

    private static MentorAssignedEvent assigned() {
        return new MentorAssignedEvent(MENTORSHIP, SCHOOL, ASSOCIATION, YOUNG, MENTOR, SINCE);
    }

    @Test
    void theChairGivesAYoungTeacherAMentor() {
        fixture.givenNoPriorActivity().when(assign(YOUNG, MENTOR), as(CHAIR)).expectEvents(assigned());
    }

    @Test
    void mentorsOnlyForYoungTeachers() {
        // Hired exactly three years before the assignment: no longer young.
        fixture.givenNoPriorActivity().when(assign(EXPERIENCED, MENTOR), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.MENTEE_NOT_YOUNG, EXPERIENCED, SINCE));
    }

    @Test
    void mentorAndMenteeAreMembersAndNotTheSame() {
        fixture.givenNoPriorActivity().when(assign(YOUNG, "t-outsider"), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_A_MEMBER, "t-outsider"));
        fixture.givenNoPriorActivity().when(assign(YOUNG, YOUNG), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.MENTOR_IS_MENTEE));
    }

    @Test
    void aYoungTeacherOutsideTheAssociationGetsNoMentorFromIt() {
        fixture.givenNoPriorActivity().when(assign(NEWCOMER, MENTOR), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_A_MEMBER, NEWCOMER));
    }

    @Test
    void theAssignmentNamesTheDayFromWhichItRuns() {
        fixture.givenNoPriorActivity()
                .when(new AssignMentorCommand(MENTORSHIP, SCHOOL, ASSOCIATION, YOUNG, MENTOR, null), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "since"));
    }

    @Test
    void onlyTheChairAssigns() {
        fixture.givenNoPriorActivity().when(assign(YOUNG, MENTOR), as(MENTOR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }

    @Test
    void theMentorRecordsSessions() {
        fixture.given(assigned())
                .when(new RecordMentoringSessionCommand(MENTORSHIP, SCHOOL, LocalDate.of(2026, 10, 1), " Сабакты пландоо "),
                        as(MENTOR))
                .expectEvents(new MentoringSessionRecordedEvent(MENTORSHIP, SCHOOL, ASSOCIATION, LocalDate.of(2026, 10, 1),
                        "Сабакты пландоо"));
    }

    @Test
    void onlyTheMentorRecordsSessions() {
        fixture.given(assigned())
                .when(new RecordMentoringSessionCommand(MENTORSHIP, SCHOOL, LocalDate.of(2026, 10, 1), "Тема"), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_THE_MENTOR));
    }

    @Test
    void aMentorRecordsASessionHeldNotOneToCome() {
        today = LocalDate.of(2026, 9, 30);
        fixture.given(assigned())
                .when(new RecordMentoringSessionCommand(MENTORSHIP, SCHOOL, LocalDate.of(2026, 10, 1), "Тема"), as(MENTOR))
                .expectNoEvents().expectException(refusedWith(Refusal.SESSION_DATE_IN_FUTURE, LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 9, 30)));
    }

    @Test
    void noSessionIsDatedBeforeTheDayTheMentorshipRunsFrom() {
        fixture.given(assigned())
                .when(new RecordMentoringSessionCommand(MENTORSHIP, SCHOOL, SINCE.minusDays(1), "Тема"), as(MENTOR))
                .expectNoEvents().expectException(refusedWith(Refusal.SESSION_BEFORE_MENTORSHIP, SINCE.minusDays(1), SINCE));
        fixture.given(assigned())
                .when(new RecordMentoringSessionCommand(MENTORSHIP, SCHOOL, SINCE, "Тема"), as(MENTOR))
                .expectEvents(new MentoringSessionRecordedEvent(MENTORSHIP, SCHOOL, ASSOCIATION, SINCE, "Тема"));
    }

    /** Clause 6.1: neither the assignment nor a session is dated before the order that opened the association. */
    @Test
    void nothingOfAMentorshipIsDatedBeforeTheAssociationsOpening() {
        LocalDate opened = LocalDate.of(2026, 10, 1);
        associations.openedOn(ASSOCIATION, opened);

        fixture.givenNoPriorActivity().when(assign(YOUNG, MENTOR), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.DATED_BEFORE_OPENING, SINCE, opened));
        fixture.given(assigned())
                .when(new RecordMentoringSessionCommand(MENTORSHIP, SCHOOL, opened.minusDays(1), "Тема"), as(MENTOR))
                .expectNoEvents().expectException(refusedWith(Refusal.DATED_BEFORE_OPENING, opened.minusDays(1), opened));
        fixture.given(assigned())
                .when(new RecordMentoringSessionCommand(MENTORSHIP, SCHOOL, opened, "Тема"), as(MENTOR))
                .expectEvents(new MentoringSessionRecordedEvent(MENTORSHIP, SCHOOL, ASSOCIATION, opened, "Тема"));
        associations.openedOn(ASSOCIATION, SINCE);
        fixture.givenNoPriorActivity().when(assign(YOUNG, MENTOR), as(CHAIR)).expectEvents(assigned());
    }

    @Test
    void aMentorWhoLeftTheAssociationRecordsNoMoreSessions() {
        associations.withAssociation(ASSOCIATION, SCHOOL, CHAIR, YOUNG, EXPERIENCED, NEWCOMER);
        fixture.given(assigned())
                .when(new RecordMentoringSessionCommand(MENTORSHIP, SCHOOL, LocalDate.of(2026, 10, 1), "Тема"), as(MENTOR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_A_MEMBER, MENTOR));
    }

    /** A session held before the young teacher left may be entered after: the mentor, a member, records it. */
    @Test
    void aSessionIsRecordedAfterTheYoungTeacherLeft() {
        associations.withAssociation(ASSOCIATION, SCHOOL, CHAIR, MENTOR, EXPERIENCED, NEWCOMER);
        fixture.given(assigned())
                .when(new RecordMentoringSessionCommand(MENTORSHIP, SCHOOL, LocalDate.of(2026, 10, 1), "Тема"), as(MENTOR))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aDissolvedAssociationsMentorRecordsNoMoreSessions() {
        associations.dissolve(ASSOCIATION);
        fixture.given(assigned())
                .when(new RecordMentoringSessionCommand(MENTORSHIP, SCHOOL, LocalDate.of(2026, 10, 1), "Тема"), as(MENTOR))
                .expectNoEvents().expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, ASSOCIATION));
    }

    @Test
    void anotherSchoolsMentorshipLooksUnknown() {
        fixture.given(assigned())
                .when(new RecordMentoringSessionCommand(MENTORSHIP, "school-other", LocalDate.of(2026, 10, 1), "Тема"),
                        as(MENTOR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, MENTORSHIP));
    }

    @Test
    void aSessionHasADateAndASubject() {
        fixture.given(assigned())
                .when(new RecordMentoringSessionCommand(MENTORSHIP, SCHOOL, null, "Тема"), as(MENTOR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "date"));
        fixture.given(assigned())
                .when(new RecordMentoringSessionCommand(MENTORSHIP, SCHOOL, LocalDate.of(2026, 10, 1), " "), as(MENTOR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "subject"));
    }
}
