package kg.mektep.birikme.query.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.activity.ActivityBooks;
import kg.mektep.birikme.api.activity.ActivityLog;
import kg.mektep.birikme.api.activity.ActivityLog.Entry;
import kg.mektep.birikme.api.activity.ActivityLog.Part;
import kg.mektep.birikme.api.activity.ActivityLog.Participant;
import kg.mektep.birikme.api.activity.ActivityType;
import kg.mektep.birikme.api.activity.ExtracurricularEventRecordedEvent;
import kg.mektep.birikme.api.activity.FindActivityLogQuery;
import kg.mektep.birikme.api.activity.LessonVisitRecordedEvent;
import kg.mektep.birikme.api.activity.OpenLessonAnalysedEvent;
import kg.mektep.birikme.api.activity.OpenLessonRecordedEvent;
import kg.mektep.birikme.api.activity.ReportHeardEvent;
import kg.mektep.birikme.api.activity.ReportKind;
import kg.mektep.birikme.api.activity.SeminarRecordedEvent;
import kg.mektep.birikme.api.activity.SubjectEventKind;
import kg.mektep.birikme.api.activity.SubjectEventRecordedEvent;
import kg.mektep.birikme.api.activity.SubjectEventResultsRecordedEvent;
import kg.mektep.birikme.api.activity.Winner;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import kg.mektep.birikme.query.association.AssociationProjectionAccess;
import kg.mektep.birikme.query.school.StaffProjectionAccess;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The activity log of an association's year (R10, R19) on a real PostgreSQL. */
class ActivityProjectionTest {

    private static final String SCHOOL = "school-osh-40";
    private static final String MA = "ma-adabiyat";
    private static final int YEAR = 2026;
    private static final String BOOK = ActivityBooks.idOf(MA, YEAR);

    private ActivityProjection projection;
    private ActivityLogQueries queries;

    @BeforeEach
    void freshReadModels() {
        JdbcClient jdbc = ReadModelDatabase.fresh();
        jdbc.sql("TRUNCATE rm_activity, rm_activity_person, rm_seminar_link").update();
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        projection = new ActivityProjection(jdbc, json);
        queries = new ActivityLogQueries(jdbc, json);
        StaffProjectionAccess staff = new StaffProjectionAccess(jdbc);
        staff.on(new SchoolRegisteredEvent(SCHOOL, "Ош шаарындагы №40 мектеп", "Ош", "Asia/Bishkek"));
        staff.on(teacher("t1", "Гүлзат Өмүрова"));
        staff.on(teacher("t2", "Ңурлан Үсөнов"));
        staff.on(teacher("t3", "Чолпон Бекова"));
        staff.on(teacher("t4", "Азамат Төрөев"));
        staff.on(teacher("t5", "Элмира Жусупова"));
        new AssociationProjectionAccess(jdbc).on(new AssociationCreatedEvent(MA, SCHOOL, "Адабият бирикмеси",
                AssociationKind.SUBJECT_AREA, List.of("Тил жана адабият"), List.of("Кыргыз адабияты"),
                List.of("t1", "t2", "t3", "t4"), new DocumentRef("45", LocalDate.of(2026, 8, 28)),
                new Proposal(Role.DEPUTY_TEACHING, "12", LocalDate.of(2026, 8, 25)),
                new DocumentRef("1", LocalDate.of(2026, 8, 20)), new DocumentRef("1", LocalDate.of(2026, 8, 22))));
    }

    private static TeacherRegisteredEvent teacher(String id, String name) {
        return new TeacherRegisteredEvent(id, SCHOOL, name, List.of("Кыргыз адабияты"), LocalDate.of(2014, 9, 1));
    }

    private static SeminarRecordedEvent seminar() {
        return new SeminarRecordedEvent(BOOK, SCHOOL, MA, YEAR, "seminar", "Чыңгыз Айтматовдун чыгармаларын окутуу",
                LocalDate.of(2026, 11, 12), List.of("t1", "t2"), List.of(), List.of(), "user-chair");
    }

    private static OpenLessonRecordedEvent lesson(String seminarId) {
        return new OpenLessonRecordedEvent(BOOK, SCHOOL, MA, YEAR, "lesson", "t2", "8Б", "Кыргыз адабияты",
                "«Ак кеме» повести", LocalDate.of(2026, 11, 10), List.of("t3", "t5"), seminarId, "user-t2");
    }

    private static ExtracurricularEventRecordedEvent event(String seminarId) {
        return new ExtracurricularEventRecordedEvent(BOOK, SCHOOL, MA, YEAR, "event", "Айтматов окуулары",
                LocalDate.of(2026, 12, 12), List.of("t4"), List.of("8Б", "9А"), seminarId, "user-chair");
    }

    private void recordTheYear() {
        projection.on(seminar());
        projection.on(lesson("seminar"));
        projection.on(new OpenLessonAnalysedEvent(BOOK, SCHOOL, MA, YEAR, "lesson", LocalDate.of(2026, 11, 11),
                "Окуучулар талкууга жигердүү катышты", "t3", "user-t3"));
        projection.on(new LessonVisitRecordedEvent(BOOK, SCHOOL, MA, YEAR, "visit", "t3", "t4", "7А", "Ырлар",
                LocalDate.of(2026, 10, 5), "Бирге талданды", "user-t3"));
        projection.on(new SubjectEventRecordedEvent(BOOK, SCHOOL, MA, YEAR, "olympiad", SubjectEventKind.SCHOOL_OLYMPIAD,
                "Адабият олимпиадасы", "Кыргыз адабияты", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21),
                "user-chair"));
        projection.on(new SubjectEventRecordedEvent(BOOK, SCHOOL, MA, YEAR, "week", SubjectEventKind.SUBJECT_WEEK,
                "Адабият жумалыгы", "Кыргыз адабияты", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 6), "user-chair"));
        projection.on(new SubjectEventResultsRecordedEvent(BOOK, SCHOOL, MA, YEAR, "olympiad", LocalDate.of(2026, 11, 22),
                31, List.of(new Winner("Айбек Ңурланов", "9А", 1)), "user-chair"));
        projection.on(new ReportHeardEvent(BOOK, SCHOOL, MA, YEAR, "report", "t4", ReportKind.CREATIVE_TRIP,
                "Талас сапары", LocalDate.of(2026, 12, 3), 3, "user-chair"));
        projection.on(event("seminar"));
        // Another year's seminar is in another year's log.
        projection.on(new SeminarRecordedEvent(ActivityBooks.idOf(MA, 2027), SCHOOL, MA, 2027, "seminar-2027",
                "Кийинки жыл", LocalDate.of(2027, 10, 1), List.of("t1"), List.of(), List.of(), "user-chair"));
    }

    private ActivityLog log() {
        return queries.handle(new FindActivityLogQuery(SCHOOL, MA, YEAR)).orElseThrow();
    }

    private static Entry entry(ActivityLog log, String id) {
        return log.activities().stream().filter(entry -> entry.activityId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theYearsActivitiesInDateOrderWithWhoDidWhatAndTheirOutcomes() {
        recordTheYear();

        ActivityLog log = log();
        assertThat(log.schoolYearName()).isEqualTo("2026-2027");
        assertThat(log.activities()).extracting(Entry::activityId)
                .containsExactly("visit", "lesson", "seminar", "olympiad", "report", "event", "week");
        Entry lesson = entry(log, "lesson");
        assertThat(lesson.kind()).isEqualTo(ActivityType.OPEN_LESSON);
        assertThat(lesson.title()).isEqualTo("«Ак кеме» повести");
        assertThat(lesson.classNames()).containsExactly("8Б");
        assertThat(lesson.people()).extracting(Participant::fullName, Participant::part).containsExactly(
                tuple("Ңурлан Үсөнов", Part.TEACHER), tuple("Чолпон Бекова", Part.OBSERVER),
                tuple("Элмира Жусупова", Part.OBSERVER), tuple("Чолпон Бекова", Part.ANALYST));
        assertThat(lesson.outcomeRecorded()).isTrue();
        assertThat(lesson.analysis()).isEqualTo("Окуучулар талкууга жигердүү катышты");
        assertThat(lesson.linkedIds()).containsExactly("seminar");
        assertThat(entry(log, "seminar").linkedIds()).containsExactlyInAnyOrder("lesson", "event");
        assertThat(entry(log, "visit").people()).extracting(Participant::part).containsExactly(Part.VISITING, Part.VISITED);
        assertThat(entry(log, "visit").outcomeRecorded()).isTrue();
        assertThat(entry(log, "olympiad").results().winners()).containsExactly(new Winner("Айбек Ңурланов", "9А", 1));
        assertThat(entry(log, "olympiad").results().participants()).isEqualTo(31);
        assertThat(entry(log, "week").outcomeRecorded()).isFalse();
        assertThat(entry(log, "week").until()).isEqualTo(LocalDate.of(2027, 3, 6));
        assertThat(entry(log, "report").kind()).isEqualTo(ActivityType.CREATIVE_TRIP_REPORT);
        assertThat(entry(log, "report").protocolNumber()).isEqualTo(3);
        assertThat(entry(log, "report").outcomeRecorded()).isNull();
        assertThat(log.counts()).containsEntry(ActivityType.SEMINAR, 1).containsEntry(ActivityType.OPEN_LESSON, 1)
                .containsEntry(ActivityType.CONTEST, 0).containsEntry(ActivityType.COURSES_REPORT, 0)
                .hasSize(ActivityType.values().length);
        assertThat(log.seminarRuleMet()).isTrue();
    }

    @Test
    void theSeminarRuleWantsAThematicLessonAndAnEventOfTheSameSeminar() {
        projection.on(seminar());
        projection.on(lesson("seminar"));
        projection.on(event(null));
        assertThat(log().seminarRuleMet()).isFalse();

        // Linked from the seminar's side, as when the seminar is recorded after its lessons and events.
        projection.on(new SeminarRecordedEvent(BOOK, SCHOOL, MA, YEAR, "seminar-b", "Экинчи семинар",
                LocalDate.of(2027, 1, 15), List.of("t1"), List.of("lesson"), List.of("event"), "user-chair"));
        assertThat(log().seminarRuleMet()).isTrue();
    }

    @Test
    void handlingEveryEventTwiceLeavesTheSameLog() {
        recordTheYear();
        ActivityLog once = log();

        recordTheYear();

        assertThat(log()).isEqualTo(once);
    }

    @Test
    void anUnknownAssociationOrAnotherSchoolHasNoLog() {
        recordTheYear();

        assertThat(queries.handle(new FindActivityLogQuery(SCHOOL, "ma-none", YEAR))).isEmpty();
        assertThat(queries.handle(new FindActivityLogQuery("school-other", MA, YEAR))).isEmpty();
        assertThat(queries.handle(new FindActivityLogQuery(SCHOOL, MA, 2025)).orElseThrow().activities()).isEmpty();
    }
}
