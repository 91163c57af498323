package kg.mektep.birikme.command.school;

import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.school.RegisterTeacherCommand;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TeacherTest {

    private static final String SCHOOL = "school-naryn-1";
    private static final String UNKNOWN_SCHOOL = "school-nowhere";
    private static final String TEACHER = "teacher-nurbek";
    private static final String FULL_NAME = "Нурбек Өмүров";
    private static final LocalDate HIRED = LocalDate.of(2023, 8, 28);
    /** Today at the school, in its own time zone. */
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    private FixtureConfiguration<Teacher> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Teacher.class);
        fixture.registerInjectableResource(TestCalendar.on(TODAY));
        fixture.registerInjectableResource(new InMemorySchoolRegistry()
                .on(new SchoolRegisteredEvent(SCHOOL, "Нарын шаарындагы №1 мектеп-гимназия", "Нарын", "Asia/Bishkek")));
    }

    /** Hired today at the school is hired; the server's own day (UTC, six hours behind) does not count. */
    @Test
    void aTeacherIsRegisteredOnceHired() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeacherCommand(TEACHER, SCHOOL, FULL_NAME, List.of("Физика"), TODAY))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(new RegisterTeacherCommand(TEACHER, SCHOOL, FULL_NAME, List.of("Физика"), TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(refusedWith(Refusal.HIRE_DATE_IN_FUTURE, TODAY.plusDays(1), TODAY));
    }

    @Test
    void canRegisterTeacherOnTheStaffOfAKnownSchool() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeacherCommand(TEACHER, SCHOOL, FULL_NAME, List.of("Физика", "Астрономия"), HIRED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TeacherRegisteredEvent(TEACHER, SCHOOL, FULL_NAME,
                        List.of("Физика", "Астрономия"), HIRED));
    }

    @Test
    void nameAndSubjectsAreRecordedWithoutSurroundingSpaces() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeacherCommand(TEACHER, SCHOOL, " Айгүл Сыдыкова  ",
                        List.of("  Математика", "Информатика "), HIRED))
                .expectEvents(new TeacherRegisteredEvent(TEACHER, SCHOOL, "Айгүл Сыдыкова",
                        List.of("Математика", "Информатика"), HIRED));
    }

    @Test
    void teacherWithoutSubjectsIsRegisteredWithAnEmptyList() {
        // e.g. a class teacher or educator (тарбиячы) who teaches no subject
        fixture.givenNoPriorActivity()
                .when(new RegisterTeacherCommand(TEACHER, SCHOOL, "Жаңыл Керимова", null, HIRED))
                .expectEvents(new TeacherRegisteredEvent(TEACHER, SCHOOL, "Жаңыл Керимова", List.of(), HIRED));
    }

    @Test
    void cannotRegisterTeacherAtAnUnknownSchool() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeacherCommand(TEACHER, UNKNOWN_SCHOOL, FULL_NAME, List.of("Физика"), HIRED))
                .expectException(refusedWith(Refusal.SCHOOL_NOT_FOUND, UNKNOWN_SCHOOL))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void cannotRegisterTeacherWithoutFullName(String fullName) {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeacherCommand(TEACHER, SCHOOL, fullName, List.of("Физика"), HIRED))
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "fullName"))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterTeacherWithoutHireDate() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeacherCommand(TEACHER, SCHOOL, FULL_NAME, List.of("Физика"), null))
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "hireDate"))
                .expectNoEvents();
    }
}
