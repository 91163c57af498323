package kg.mektep.birikme.command.activity;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ROLE;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.activity.ActivityBooks;
import kg.mektep.birikme.api.activity.OpenLessonRecordedEvent;
import kg.mektep.birikme.api.activity.RecordOpenLessonCommand;
import kg.mektep.birikme.api.activity.RecordSeminarCommand;
import kg.mektep.birikme.api.activity.SeminarRecordedEvent;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import kg.mektep.birikme.command.plan.InMemoryAssociationRegistry;
import kg.mektep.birikme.command.school.InMemorySchoolRegistry;
import kg.mektep.birikme.command.school.TestCalendar;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * Example data for the activity book tests: a history association of a Naryn school in the school
 * year 2026-2027, its chair and members, a teacher on the staff who is not a member, and one of
 * another school.
 */
final class ActivityTestData {

    static final String SCHOOL = "school-naryn-3";
    static final String OTHER_SCHOOL = "school-kochkor-1";
    static final String ASSOCIATION = "ma-tarykh";
    static final String DISSOLVED = "ma-dissolved";
    /** Opened by an order of {@link #OPENING_LATE}, after every day the tests record. */
    static final String OPENED_LATE = "ma-opened-late";
    static final LocalDate OPENING_LATE = LocalDate.of(2026, 12, 4);
    static final int YEAR = 2026;
    static final String BOOK = ActivityBooks.idOf(ASSOCIATION, YEAR);

    static final String CHAIR = "t-ainura";
    static final String BOLOT = "t-bolot";
    static final String CHOLPON = "t-cholpon";
    static final String DANIYAR = "t-daniyar";
    /** On the staff of {@link #SCHOOL}, not a member of the association. */
    static final String ELMIRA = "t-elmira";
    /** On the staff of {@link #OTHER_SCHOOL}. */
    static final String ZHYLDYZ = "t-zhyldyz";

    static final LocalDate SEMINAR_DAY = LocalDate.of(2026, 11, 12);
    static final LocalDate LESSON_DAY = LocalDate.of(2026, 11, 10);
    /** The day of the association's protocol no. 3 of the year. */
    static final LocalDate MEETING_DAY = LocalDate.of(2026, 12, 3);

    /** Today, as the school's calendar gives it to the book: after every day of the tests. */
    static final LocalDate TODAY = LocalDate.of(2027, 9, 30);

    private ActivityTestData() {
    }

    static FixtureConfiguration<ActivityBook> fixture() {
        return fixture(TODAY);
    }

    static FixtureConfiguration<ActivityBook> fixture(LocalDate today) {
        FixtureConfiguration<ActivityBook> fixture = new AggregateTestFixture<>(ActivityBook.class);
        fixture.registerInjectableResource(TestCalendar.on(today));
        fixture.registerInjectableResource(new InMemoryAssociationRegistry()
                .withAssociation(ASSOCIATION, SCHOOL, CHAIR, BOLOT, CHOLPON, DANIYAR)
                .withAssociation(DISSOLVED, SCHOOL, CHAIR, BOLOT, CHOLPON, DANIYAR).dissolve(DISSOLVED)
                .withAssociation(OPENED_LATE, SCHOOL, CHAIR, BOLOT, CHOLPON, DANIYAR).openedOn(OPENED_LATE, OPENING_LATE)
                .withProtocol(ASSOCIATION, YEAR, 3, MEETING_DAY, true));
        LocalDate hired = LocalDate.of(2012, 8, 27);
        InMemorySchoolRegistry staff = new InMemorySchoolRegistry()
                .on(new SchoolRegisteredEvent(SCHOOL, "Нарын шаарындагы №3 мектеп", "Нарын", "Asia/Bishkek"))
                .on(new SchoolRegisteredEvent(OTHER_SCHOOL, "Кочкор №1 мектеби", "Кочкор", "Asia/Bishkek"));
        for (String teacher : List.of(CHAIR, BOLOT, CHOLPON, DANIYAR, ELMIRA)) {
            staff.on(new TeacherRegisteredEvent(teacher, SCHOOL, "Мугалим Төлөгөнова", List.of("Тарых"), hired));
        }
        staff.on(new TeacherRegisteredEvent(ZHYLDYZ, OTHER_SCHOOL, "Жылдыз Үмөтова", List.of("Тарых"), hired));
        fixture.registerInjectableResource(staff);
        return fixture;
    }

    static Map<String, Object> asTeacher(String teacherId) {
        return Map.of(ACTOR_ID, "user-" + teacherId, ACTOR_ROLE, Role.TEACHER.name(), ACTOR_TEACHER_ID, teacherId);
    }

    static Map<String, Object> asChair() {
        return asTeacher(CHAIR);
    }

    static Map<String, Object> asDeputy(Role role) {
        return Map.of(ACTOR_ID, "user-deputy", ACTOR_ROLE, role.name());
    }

    static RecordSeminarCommand seminar(String association, List<String> leaders, List<String> lessons,
                                        List<String> events) {
        return new RecordSeminarCommand(ActivityBooks.idOf(association, YEAR), SCHOOL, association, "seminar-1",
                " Тарыхты окутууда булактар менен иштөө ", SEMINAR_DAY, leaders, lessons, events);
    }

    static SeminarRecordedEvent seminarRecorded() {
        return new SeminarRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "seminar-1",
                "Тарыхты окутууда булактар менен иштөө", SEMINAR_DAY, List.of(CHAIR), List.of(), List.of(), "user-" + CHAIR);
    }

    static RecordOpenLessonCommand openLesson(String teacherId, List<String> observers, String seminarId) {
        return new RecordOpenLessonCommand(BOOK, SCHOOL, ASSOCIATION, "lesson-1", teacherId, " 7Б ", "Тарых",
                "Манас эпосу: тарыхый булак катары", LESSON_DAY, observers, seminarId);
    }

    /** Болот's open lesson, observed by Чолпон and by Эльмира, who is on the staff but not a member. */
    static OpenLessonRecordedEvent lessonRecorded() {
        return new OpenLessonRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "lesson-1", BOLOT, "7Б", "Тарых",
                "Манас эпосу: тарыхый булак катары", LESSON_DAY, List.of(CHOLPON, ELMIRA), null, "user-" + BOLOT);
    }
}
