package kg.mektep.birikme.query.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.mektep.birikme.api.activity.ActivityBooks;
import kg.mektep.birikme.api.activity.OpenLessonAnalysedEvent;
import kg.mektep.birikme.api.activity.OpenLessonRecordedEvent;
import kg.mektep.birikme.api.activity.SubjectEventKind;
import kg.mektep.birikme.api.activity.SubjectEventRecordedEvent;
import kg.mektep.birikme.api.activity.SubjectEventResultsRecordedEvent;
import kg.mektep.birikme.api.activity.Winner;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationDissolvedEvent;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import kg.mektep.birikme.api.association.MemberAddedEvent;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.control.ControlTopic;
import kg.mektep.birikme.api.control.ControlVisitRecordedEvent;
import kg.mektep.birikme.api.meeting.ProtocolBooks;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.Resolution;
import kg.mektep.birikme.api.meeting.ResolutionCompletedEvent;
import kg.mektep.birikme.api.meeting.YearAnalysisRecordedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanApprovedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanContent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanSubmittedEvent;
import kg.mektep.birikme.api.plan.MethodologicalTheme;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import kg.mektep.birikme.api.timeline.FindTimelineQuery;
import kg.mektep.birikme.api.timeline.Involvement;
import kg.mektep.birikme.api.timeline.OverdueItem;
import kg.mektep.birikme.api.timeline.OverdueKind;
import kg.mektep.birikme.api.timeline.Timeline;
import kg.mektep.birikme.api.timeline.TimelineAssociation;
import kg.mektep.birikme.api.timeline.TimelineEntry;
import kg.mektep.birikme.api.timeline.TimelineScope;
import kg.mektep.birikme.query.recordfile.RecordFileTerms;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timelines on a real PostgreSQL, fed through the real projections: what is overdue on the
 * school's today and for whom, and the year's entries counted by month in the school's time zone.
 */
class TimelineQueriesTest {

    private static final String SCHOOL = "school-talas-3";
    private static final String MATH = "ma-matematika";
    private static final String LANG = "ma-kyrgyz-tili";
    private static final String OLD = "ma-tarykh";
    private static final int YEAR = 2026;
    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final String DIRECTOR = "u-director";
    private static final String DEPUTY = "u-deputy";

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private JdbcClient jdbc;
    private ReadModelFeed feed;

    @BeforeEach
    void aSchoolWithItsStaff() {
        jdbc = ReadModelDatabase.fresh();
        jdbc.sql("CREATE TABLE IF NOT EXISTS app_user (user_id VARCHAR(64) PRIMARY KEY, teacher_id VARCHAR(64))").update();
        jdbc.sql("""
                TRUNCATE rm_event_log, rm_annual_plan, rm_annual_plan_version, rm_monthly_plan, rm_individual_plan,
                         rm_plan_audit, rm_protocol, rm_protocol_correction, rm_resolution_done, rm_meeting,
                         rm_year_analysis, rm_control_visit, rm_activity, rm_activity_person, rm_seminar_link, app_user""")
                .update();
        feed = new ReadModelFeed(jdbc, json, Clock.systemUTC(), SCHOOL);
        feed.record(new SchoolRegisteredEvent(SCHOOL, "Талас шаарындагы №3 мектеп", "Талас", "Asia/Bishkek"),
                morning("2026-09-01"), "u-admin", "ADMIN");
        List<String> names = List.of("Айгүл Өмүрова", "Бакыт Ңазаров", "Гүлмира Үсөнова", "Данияр Төлөгөнов",
                "Элнура Жаңыбаева", "Жыпар Бекова");
        for (int i = 0; i < names.size(); i++) {
            feed.record(new TeacherRegisteredEvent("t" + (i + 1), SCHOOL, names.get(i), List.of("Математика"),
                    LocalDate.of(2015, 9, 1)), morning("2026-09-01"), DIRECTOR, "DIRECTOR");
        }
        for (String teacher : List.of("t1", "t2", "t5")) {
            jdbc.sql("INSERT INTO app_user (user_id, teacher_id) VALUES (?, ?)").params("u-" + teacher, teacher).update();
        }
        jdbc.sql("INSERT INTO app_user (user_id, teacher_id) VALUES (?, NULL)").param(DIRECTOR).update();
    }

    private static Instant morning(String day) {
        return LocalDate.parse(day).atTime(9, 0).atZone(BISHKEK).toInstant();
    }

    private static LocalDate date(String day) {
        return LocalDate.parse(day);
    }

    private TimelineQueries queriesOn(String day) {
        Clock clock = Clock.fixed(morning(day), BISHKEK);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/query");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ActiveAssociations active = new ActiveAssociations(jdbc);
        OverdueItems overdue = new OverdueItems(List.of(new OverdueResolutions(jdbc, json),
                new UnapprovedAnnualPlans(jdbc, active, new RecordFileTerms(MonthDay.of(9, 30), 30)), new ControlFollowUps(jdbc),
                new MissingActivityOutcomes(jdbc), new MissingYearAnalyses(jdbc, active)), messages);
        return new TimelineQueries(jdbc, json, clock, new TimelineEntries(jdbc), overdue);
    }

    private Timeline timeline(String today, TimelineScope scope, String id, Integer year, String language) {
        return queriesOn(today).handle(new FindTimelineQuery(SCHOOL, scope, id, year, null, 500, language)).orElseThrow();
    }

    private void association(String id, String name, List<String> members, String chair, String day) {
        feed.record(new AssociationCreatedEvent(id, SCHOOL, name, AssociationKind.SUBJECT_AREA, List.of("Математика"),
                List.of("Математика"), members, new DocumentRef("45", date(day)),
                new Proposal(Role.DEPUTY_TEACHING, "12", date(day)), new DocumentRef("1", date(day)),
                new DocumentRef("1", date(day))), morning(day), DIRECTOR, "DIRECTOR");
        feed.record(new ChairElectedEvent(id, SCHOOL, chair, date(day)), morning(day), "u-" + chair, "TEACHER");
    }

    private void plan(String planId, String associationId, String chair, String day) {
        feed.record(new AnnualPlanDraftedEvent(planId, SCHOOL, associationId, YEAR, 1, new AnnualPlanContent(
                new MethodologicalTheme("Функционалдык сабаттуулук", "Максат", List.of(), List.of()), List.of(), null),
                "hash-1"), morning(day), "u-" + chair, "TEACHER");
        feed.record(new AnnualPlanSubmittedEvent(planId, SCHOOL, associationId, 1, "hash-1"), morning(day), "u-" + chair,
                "TEACHER");
    }

    private void protocol(String associationId, int number, String day, boolean quorate, List<Resolution> resolutions) {
        feed.record(new ProtocolRecordedEvent(ProtocolBooks.idOf(associationId, YEAR), SCHOOL, associationId, YEAR,
                number, new ProtocolContent(date(day), List.of("t1", "t2", "t3"), List.of(), List.of(),
                        List.of("Иш планы"), List.of(), resolutions), 4, quorate, "hash-" + number),
                morning(day), "u-t1", "TEACHER");
    }

    private void controlVisit(String visitId, String associationId, ControlTopic topic, String day, String followUp) {
        feed.record(new ControlVisitRecordedEvent(visitId, SCHOOL, associationId, topic, date(day), "Табылгалар",
                List.of("Сунуш"), date(followUp), DEPUTY), morning(day), DEPUTY, "DEPUTY_TEACHING");
    }

    private void openLesson(String lessonId, String associationId, String teacher, String topic, String day) {
        feed.record(new OpenLessonRecordedEvent(ActivityBooks.idOf(associationId, YEAR), SCHOOL, associationId, YEAR,
                lessonId, teacher, "5Б", "Математика", topic, date(day), List.of("t1"), null, "u-" + teacher),
                morning(day), "u-" + teacher, "TEACHER");
    }

    private void subjectEvent(String eventId, String associationId, SubjectEventKind kind, String title, String from,
                              String to) {
        feed.record(new SubjectEventRecordedEvent(ActivityBooks.idOf(associationId, YEAR), SCHOOL, associationId, YEAR,
                eventId, kind, title, "Математика", date(from), date(to), "u-t1"), morning(from), "u-t1", "TEACHER");
    }

    /**
     * A term of two working associations and a dissolved one: one plan approved, one never; a
     * resolution done, one overdue, one without a deadline, one not yet due, one of a meeting without
     * quorum; a follow-up settled by a later visit, one still awaited, one overdue; an open lesson
     * analysed and one not; a subject week with its results and an olympiad without.
     */
    private void aTerm() {
        association(MATH, "Математика бирикмеси", List.of("t1", "t2", "t3", "t4"), "t1", "2026-09-01");
        association(LANG, "Кыргыз тили бирикмеси", List.of("t3", "t4", "t5", "t6"), "t5", "2026-09-01");
        association(OLD, "Тарых бирикмеси", List.of("t1", "t2", "t5", "t6"), "t6", "2026-09-01");

        plan("plan-math", MATH, "t1", "2026-09-03");
        feed.record(new AnnualPlanApprovedEvent("plan-math", SCHOOL, MATH, YEAR, 1, "hash-1", DEPUTY, "DEPUTY_TEACHING"),
                morning("2026-09-15"), DEPUTY, "DEPUTY_TEACHING");
        plan("plan-lang", LANG, "t5", "2026-09-05");

        protocol(MATH, 1, "2026-09-18", true, List.of(
                new Resolution("Ачык сабактардын графиги түзүлсүн", List.of("t2"), date("2026-10-01"), null),
                new Resolution("Олимпиадага даярдык планы түзүлсүн", List.of("t3"), date("2026-10-20"), null),
                new Resolution("Жаңы окуу куралдары талкуулансын", List.of("t4"), null, null),
                new Resolution("Жарым жылдык отчет даярдалсын", List.of("t4"), date("2026-12-05"), null)));
        feed.record(new ResolutionCompletedEvent(ProtocolBooks.idOf(MATH, YEAR), SCHOOL, MATH, YEAR, 1, 1),
                morning("2026-09-30"), "u-t1", "TEACHER");
        protocol(MATH, 2, "2026-10-15", false, List.of(
                new Resolution("Кабыл алынган жок", List.of("t4"), date("2026-10-20"), null)));
        protocol(OLD, 1, "2026-09-20", true, List.of(
                new Resolution("Музейге саякат уюштурулсун", List.of("t2"), date("2026-09-25"), null)));
        feed.record(new AssociationDissolvedEvent(OLD, SCHOOL, new DocumentRef("60", date("2026-10-05")),
                new Proposal(Role.DEPUTY_TEACHING, "14", date("2026-10-04"))), morning("2026-10-05"), DIRECTOR, "DIRECTOR");

        controlVisit("visit-1", MATH, ControlTopic.SUBJECT_WEEKS, "2026-10-10", "2026-10-25");
        controlVisit("visit-2", MATH, ControlTopic.SUBJECT_WEEKS, "2026-11-02", "2026-12-10");
        controlVisit("visit-3", LANG, ControlTopic.CLASS_JOURNALS, "2026-10-12", "2026-11-15");

        openLesson("lesson-1", MATH, "t2", "Бөлчөктөрдү кошуу", "2026-11-12");
        openLesson("lesson-2", MATH, "t1", "Пропорция", "2026-11-05");
        feed.record(new OpenLessonAnalysedEvent(ActivityBooks.idOf(MATH, YEAR), SCHOOL, MATH, YEAR, "lesson-2",
                date("2026-11-06"), "Максатка жетишилди", "t2", "u-t2"), morning("2026-11-06"), "u-t2", "TEACHER");
        subjectEvent("week-1", MATH, SubjectEventKind.SUBJECT_WEEK, "Математика жумалыгы", "2026-11-23", "2026-11-28");
        feed.record(new SubjectEventResultsRecordedEvent(ActivityBooks.idOf(MATH, YEAR), SCHOOL, MATH, YEAR, "week-1",
                date("2026-11-28"), 40, List.of(new Winner("Үмүт Ңурланов", "9А", 1)), "u-t1"), morning("2026-11-28"),
                "u-t1", "TEACHER");
        subjectEvent("olympiad-1", LANG, SubjectEventKind.SCHOOL_OLYMPIAD, "Кыргыз тилинен олимпиада", "2026-11-20",
                "2026-11-21");
    }

    @Test
    void theSchoolsOverdueItemsComeLongestOverdueFirstWithTheirDaysLinksAndWhoIsResponsible() {
        aTerm();

        Timeline school = timeline("2026-12-01", TimelineScope.SCHOOL, SCHOOL, YEAR, "ky");

        assertThat(school.today()).isEqualTo(date("2026-12-01"));
        assertThat(school.overdue()).extracting(OverdueItem::kind, OverdueItem::associationId, OverdueItem::due,
                        OverdueItem::daysOverdue, OverdueItem::responsibleIds)
                .containsExactly(
                        // Opened by the order of 1 September: due 30 days after it, as the record file has it.
                        tuple(OverdueKind.ANNUAL_PLAN_NOT_APPROVED, LANG, date("2026-10-01"), 61L, List.of("t5")),
                        tuple(OverdueKind.RESOLUTION_OVERDUE, MATH, date("2026-10-20"), 42L, List.of("t3")),
                        tuple(OverdueKind.OPEN_LESSON_ANALYSIS_MISSING, MATH, date("2026-11-12"), 19L, List.of("t2")),
                        tuple(OverdueKind.CONTROL_FOLLOW_UP_OVERDUE, LANG, date("2026-11-15"), 16L, List.of()),
                        tuple(OverdueKind.SUBJECT_EVENT_RESULTS_MISSING, LANG, date("2026-11-21"), 10L, List.of("t5")));
        assertThat(school.overdue()).extracting(item -> item.links().planId(), item -> item.links().protocolNumber(),
                        item -> item.links().resolution(), item -> item.links().visitId(), item -> item.links().activityId())
                .containsExactly(
                        tuple("plan-lang", null, null, null, null),
                        tuple(null, 1, 2, null, null),
                        tuple(null, null, null, null, "lesson-1"),
                        tuple(null, null, null, "visit-3", null),
                        tuple(null, null, null, null, "olympiad-1"));
        assertThat(school.overdue()).extracting(OverdueItem::what).containsExactly(
                "Кыргыз тили бирикмеси: 2026-2027 окуу жылынын иш планы бекитиле элек",
                "Математика бирикмеси: №1 протоколдун 2-токтому аткарыла элек: «Олимпиадага даярдык планы түзүлсүн»",
                "Математика бирикмеси: «Бөлчөктөрдү кошуу» ачык сабагынын талдоосу жазыла элек",
                "Кыргыз тили бирикмеси: 2026-10-12 күнкү көзөмөлдөн кийинки кайра текшерүү өткөрүлө элек",
                "Кыргыз тили бирикмеси: «Кыргыз тилинен олимпиада» жыйынтыктары жазыла элек");
        assertThat(timeline("2026-12-01", TimelineScope.SCHOOL, SCHOOL, YEAR, "ru").overdue().get(1).what())
                .isEqualTo("Математика бирикмеси: решение 2 протокола №1 не выполнено: «Олимпиадага даярдык планы түзүлсүн»");
        assertThat(timeline("2026-12-01", TimelineScope.SCHOOL, SCHOOL, YEAR, "en").overdue().get(0).what())
                .isEqualTo("Кыргыз тили бирикмеси: annual work plan for 2026-2027 not approved");
    }

    /** Recorded before null entries were refused: the rest keep their numbers, and the timeline still reads. */
    @Test
    void aResolutionStoredNullIsLeftOutAndTheOthersKeepTheirNumbers() {
        association("ma-old", "Тарых бирикмеси", List.of("t1", "t2", "t3", "t4"), "t1", "2026-09-01");
        protocol("ma-old", 1, "2026-10-01", true, java.util.Arrays.asList(null,
                new Resolution("Тарых кечесин өткөрүү", List.of("t3"), date("2026-10-20"), null)));

        Timeline school = timeline("2026-12-01", TimelineScope.SCHOOL, SCHOOL, YEAR, "ky");

        assertThat(school.overdue()).filteredOn(item -> item.kind() == OverdueKind.RESOLUTION_OVERDUE)
                .extracting(item -> item.links().protocolNumber(), item -> item.links().resolution(), OverdueItem::responsibleIds)
                .containsExactly(tuple(1, 2, List.of("t3")));
    }

    @Test
    void anAssociationOrTeacherSeesOnlyTheOverdueItemsOfTheirOwn() {
        aTerm();

        assertThat(timeline("2026-12-01", TimelineScope.ASSOCIATION, MATH, YEAR, "ky").overdue())
                .extracting(OverdueItem::kind)
                .containsExactly(OverdueKind.RESOLUTION_OVERDUE, OverdueKind.OPEN_LESSON_ANALYSIS_MISSING);
        assertThat(timeline("2026-12-01", TimelineScope.TEACHER, "t3", YEAR, "ky").overdue())
                .extracting(OverdueItem::kind).containsExactly(OverdueKind.RESOLUTION_OVERDUE);
        assertThat(timeline("2026-12-01", TimelineScope.TEACHER, "t5", YEAR, "ky").overdue())
                .extracting(OverdueItem::kind)
                .containsExactly(OverdueKind.ANNUAL_PLAN_NOT_APPROVED, OverdueKind.SUBJECT_EVENT_RESULTS_MISSING);
        assertThat(timeline("2026-12-01", TimelineScope.TEACHER, "t2", YEAR, "ky").overdue())
                .extracting(OverdueItem::kind).containsExactly(OverdueKind.OPEN_LESSON_ANALYSIS_MISSING);
        assertThat(timeline("2026-12-01", TimelineScope.TEACHER, "t6", YEAR, "ky").overdue()).isEmpty();
    }

    @Test
    void theSchoolsAssociationsShowTheirYearAndOverdueCountsTheDissolvedOneWithoutAny() {
        aTerm();

        List<TimelineAssociation> associations = timeline("2026-12-01", TimelineScope.SCHOOL, SCHOOL, YEAR, "ky")
                .associations();

        assertThat(associations).extracting(TimelineAssociation::associationId, TimelineAssociation::status,
                        TimelineAssociation::overdue)
                .containsExactly(tuple(LANG, "ACTIVE", 3), tuple(MATH, "ACTIVE", 2), tuple(OLD, "DISSOLVED", 0));
        TimelineAssociation old = associations.get(2);
        assertThat(old.entries()).as("created, chair elected, a protocol, dissolved").isEqualTo(4);
        assertThat(old.lastAt()).isEqualTo(morning("2026-10-05"));
    }

    @Test
    void nothingIsOverdueUntilTheDayAfterItWasDue() {
        aTerm();

        Timeline onTheDeadline = timeline("2026-10-01", TimelineScope.SCHOOL, SCHOOL, YEAR, "ky");
        Timeline theDayAfter = timeline("2026-10-02", TimelineScope.SCHOOL, SCHOOL, YEAR, "ky");

        assertThat(onTheDeadline.overdue()).isEmpty();
        assertThat(theDayAfter.overdue()).extracting(OverdueItem::kind, OverdueItem::daysOverdue)
                .containsExactly(tuple(OverdueKind.ANNUAL_PLAN_NOT_APPROVED, 1L));
    }

    @Test
    void aYearBeforeTheAssociationsExistedOwesNothing() {
        aTerm();

        Timeline lastYear = timeline("2026-12-01", TimelineScope.SCHOOL, SCHOOL, YEAR - 1, "ky");

        assertThat(lastYear.overdue()).isEmpty();
        assertThat(lastYear.associations()).isEmpty();
        assertThat(lastYear.total()).isZero();
        assertThat(lastYear.schoolYearName()).isEqualTo("2025-2026");
    }

    @Test
    void theYearsAnalysisIsOverdueOnceTheYearEndedWithoutIt() {
        aTerm();
        feed.record(new YearAnalysisRecordedEvent(ProtocolBooks.idOf(MATH, YEAR), SCHOOL, MATH, YEAR, 5,
                "Бирикменин иши канааттандырарлык", List.of("Ачык сабактарды көбөйтүү"), DEPUTY), morning("2027-05-28"),
                DEPUTY, "DEPUTY_TEACHING");

        assertThat(timeline("2027-08-31", TimelineScope.SCHOOL, SCHOOL, YEAR, "ky").overdue())
                .extracting(OverdueItem::kind).doesNotContain(OverdueKind.YEAR_ANALYSIS_MISSING);
        List<OverdueItem> analyses = timeline("2027-09-02", TimelineScope.SCHOOL, SCHOOL, YEAR, "ky").overdue().stream()
                .filter(item -> item.kind() == OverdueKind.YEAR_ANALYSIS_MISSING).toList();
        assertThat(analyses).extracting(OverdueItem::associationId, OverdueItem::due, OverdueItem::daysOverdue)
                .containsExactly(tuple(LANG, date("2027-08-31"), 2L));
        assertThat(analyses.get(0).what()).isEqualTo("Кыргыз тили бирикмеси: 2026-2027 окуу жылындагы иштин талдоосу жазыла элек");
    }

    /** An association opened in the summer works from the year that begins after it: the year before owes nothing. */
    @Test
    void anAssociationOpenedInTheSummerOwesNoPlanForTheYearThatEnds() {
        association(MATH, "Математика бирикмеси", List.of("t1", "t2", "t3", "t4"), "t1", "2026-08-20");

        assertThat(timeline("2026-08-31", TimelineScope.SCHOOL, SCHOOL, YEAR - 1, "ky").overdue()).isEmpty();
        assertThat(timeline("2026-10-01", TimelineScope.SCHOOL, SCHOOL, YEAR, "ky").overdue())
                .extracting(OverdueItem::kind, OverdueItem::due)
                .containsExactly(tuple(OverdueKind.ANNUAL_PLAN_NOT_APPROVED, date("2026-09-30")));
    }

    /** Nor the analysis of that year (R11), as the record file has it: only an association that worked in it owes one. */
    @Test
    void anAssociationOpenedInTheSummerOwesNoAnalysisOfTheYearThatEnds() {
        association(MATH, "Математика бирикмеси", List.of("t1", "t2", "t3", "t4"), "t1", "2026-08-20");
        association(OLD, "Тарых бирикмеси", List.of("t1", "t2", "t3", "t4"), "t2", "2026-05-12");
        // Opened by an order the record does not know yet: its creation in the summer tells the year.
        feed.record(new AssociationCreatedEvent(LANG, SCHOOL, "Кыргыз тили бирикмеси", AssociationKind.SUBJECT_AREA,
                List.of("Тил"), List.of("Кыргыз тили"), List.of("t3", "t4", "t5", "t6"), null, null, null, null),
                morning("2026-07-15"), DIRECTOR, "DIRECTOR");

        List<OverdueItem> overdue = timeline("2026-09-02", TimelineScope.SCHOOL, SCHOOL, YEAR - 1, "ky").overdue();

        assertThat(overdue).extracting(OverdueItem::associationId).as("opened in the summer").doesNotContain(MATH, LANG);
        assertThat(overdue).filteredOn(item -> item.kind() == OverdueKind.YEAR_ANALYSIS_MISSING)
                .extracting(OverdueItem::associationId).as("opened in May").containsExactly(OLD);
    }

    /** The term the record file and compliance apply: 30 days of grace after the opening order (R6). */
    @Test
    void anAssociationOpenedAfterTheDeadlineOwesItsPlanThirtyDaysAfterItsOrder() {
        association(MATH, "Математика бирикмеси", List.of("t1", "t2", "t3", "t4"), "t1", "2026-11-02");

        assertThat(timeline("2026-12-02", TimelineScope.SCHOOL, SCHOOL, YEAR, "ky").overdue()).isEmpty();
        assertThat(timeline("2026-12-31", TimelineScope.SCHOOL, SCHOOL, YEAR, "ky").overdue())
                .extracting(OverdueItem::kind, OverdueItem::due, OverdueItem::daysOverdue, item -> item.links().planId())
                .containsExactly(tuple(OverdueKind.ANNUAL_PLAN_NOT_APPROVED, date("2026-12-02"), 29L, null));
    }

    @Test
    void monthsCountTheYearsEntriesByTheSchoolsDateFromSeptemberToAugust() {
        // The association is created in the last second of August in Bishkek: the year before.
        feed.record(new AssociationCreatedEvent(MATH, SCHOOL, "Математика бирикмеси", AssociationKind.SUBJECT_AREA,
                List.of("Математика"), List.of("Математика"), List.of("t1", "t2", "t3", "t4"),
                new DocumentRef("45", date("2026-08-31")), new Proposal(Role.DEPUTY_TEACHING, "12", date("2026-08-30")),
                new DocumentRef("1", date("2026-08-20")), new DocumentRef("1", date("2026-08-22"))),
                Instant.parse("2026-08-31T17:59:59Z"), DIRECTOR, "DIRECTOR");
        member("t5", "2026-08-31T18:00:00Z");
        member("t6", "2026-09-30T20:00:00Z");
        member("t1", "2026-10-01T03:00:00Z");
        member("t2", "2027-08-31T17:59:00Z");
        member("t3", "2027-08-31T18:00:00Z");

        Timeline year = timeline("2027-09-02", TimelineScope.ASSOCIATION, MATH, YEAR, "ky");

        Map<String, Long> expected = new LinkedHashMap<>();
        for (String month : List.of("2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03",
                "2027-04", "2027-05", "2027-06", "2027-07", "2027-08")) {
            expected.put(month, 0L);
        }
        expected.put("2026-09", 1L);
        expected.put("2026-10", 2L);
        expected.put("2027-08", 1L);
        assertThat(year.months()).containsExactlyEntriesOf(expected);
        assertThat(year.total()).isEqualTo(4);
        assertThat(year.entries()).extracting(TimelineEntry::time).containsExactly(Instant.parse("2026-08-31T18:00:00Z"),
                Instant.parse("2026-09-30T20:00:00Z"), Instant.parse("2026-10-01T03:00:00Z"),
                Instant.parse("2027-08-31T17:59:00Z"));
        assertThat(timeline("2027-09-02", TimelineScope.ASSOCIATION, MATH, YEAR - 1, "ky").total()).isEqualTo(1);
        assertThat(timeline("2027-09-02", TimelineScope.ASSOCIATION, MATH, null, "ky").schoolYear())
                .as("the current year, by the school's date").isEqualTo(2027);
    }

    private void member(String teacher, String at) {
        feed.record(new MemberAddedEvent(MATH, SCHOOL, teacher), Instant.parse(at), DIRECTOR, "DIRECTOR");
    }

    @Test
    void entriesComeInTimeOrderAPageAtATimeInTheReadersLanguage() {
        association(MATH, "Математика бирикмеси", List.of("t1", "t2", "t3", "t4"), "t1", "2026-09-01");
        // A transaction that committed late: a later position with an earlier time.
        feed.recordAt(100, new MemberAddedEvent(MATH, SCHOOL, "t6"), morning("2026-09-10"), DIRECTOR, "DIRECTOR");
        feed.recordAt(99, new MemberAddedEvent(MATH, SCHOOL, "t5"), morning("2026-09-11"), DIRECTOR, "DIRECTOR");
        feed.recordAt(101, new MemberAddedEvent(MATH, SCHOOL, "t4"), morning("2026-09-11"), DIRECTOR, "DIRECTOR");
        TimelineQueries queries = queriesOn("2026-12-01");

        List<TimelineEntry> walked = new ArrayList<>();
        Long cursor = null;
        int pages = 0;
        do {
            Timeline page = queries.handle(new FindTimelineQuery(SCHOOL, TimelineScope.ASSOCIATION, MATH, YEAR, cursor,
                    2, "ru")).orElseThrow();
            assertThat(page.entries()).hasSizeLessThanOrEqualTo(2);
            assertThat(page.total()).isEqualTo(5);
            walked.addAll(page.entries());
            cursor = page.next();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(walked).extracting(TimelineEntry::eventType, TimelineEntry::time).containsExactly(
                tuple("AssociationCreatedEvent", morning("2026-09-01")), tuple("ChairElectedEvent", morning("2026-09-01")),
                tuple("MemberAddedEvent", morning("2026-09-10")), tuple("MemberAddedEvent", morning("2026-09-11")),
                tuple("MemberAddedEvent", morning("2026-09-11")));
        assertThat(walked.subList(2, 5)).extracting(TimelineEntry::position).containsExactly(100L, 99L, 101L);
        assertThat(walked.get(2).what()).isEqualTo("Добавлен член объединения: учитель t6");
        assertThat(walked.get(1)).extracting(TimelineEntry::actorId, TimelineEntry::actorRole, TimelineEntry::actorName,
                TimelineEntry::involvement).containsExactly("u-t1", "TEACHER", "Айгүл Өмүрова", null);
        assertThat(walked.get(0).actorName()).as("the director is no teacher of the staff").isNull();
    }

    @Test
    void aTeachersTimelineHoldsWhatTheyDidAndWhatNamedThem() {
        aTerm();

        Timeline bakyt = timeline("2026-12-01", TimelineScope.TEACHER, "t2", YEAR, "ky");

        assertThat(bakyt.name()).isEqualTo("Бакыт Ңазаров");
        assertThat(bakyt.entries()).extracting(TimelineEntry::eventType, TimelineEntry::associationId,
                        TimelineEntry::involvement)
                .containsExactly(
                        tuple("TeacherRegisteredEvent", null, Involvement.SUBJECT),
                        tuple("AssociationCreatedEvent", MATH, Involvement.SUBJECT),
                        tuple("AssociationCreatedEvent", OLD, Involvement.SUBJECT),
                        tuple("ProtocolRecordedEvent", MATH, Involvement.SUBJECT),
                        tuple("ProtocolRecordedEvent", OLD, Involvement.SUBJECT),
                        tuple("ProtocolRecordedEvent", MATH, Involvement.SUBJECT),
                        tuple("OpenLessonAnalysedEvent", MATH, Involvement.ACTOR_AND_SUBJECT),
                        tuple("OpenLessonRecordedEvent", MATH, Involvement.ACTOR_AND_SUBJECT));
        assertThat(bakyt.total()).isEqualTo(8);
        assertThat(bakyt.months()).containsEntry("2026-09", 5L).containsEntry("2026-10", 1L).containsEntry("2026-11", 2L);
    }

    @Test
    void aTeachersOwnAccountMakesThemTheActorOfWhatDoesNotNameThem() {
        association(MATH, "Математика бирикмеси", List.of("t1", "t2", "t3", "t4"), "t1", "2026-09-01");

        List<TimelineEntry> aigul = timeline("2026-12-01", TimelineScope.TEACHER, "t1", YEAR, "en").entries();
        List<TimelineEntry> jypar = timeline("2026-12-01", TimelineScope.TEACHER, "t6", YEAR, "en").entries();

        assertThat(aigul).extracting(TimelineEntry::eventType, TimelineEntry::involvement).containsExactly(
                tuple("TeacherRegisteredEvent", Involvement.SUBJECT),
                tuple("AssociationCreatedEvent", Involvement.SUBJECT),
                tuple("ChairElectedEvent", Involvement.ACTOR_AND_SUBJECT));
        assertThat(jypar).extracting(TimelineEntry::eventType).containsExactly("TeacherRegisteredEvent");

        feed.record(new ChairElectedEvent(MATH, SCHOOL, "t3", date("2026-09-20")), morning("2026-09-20"), "u-t1",
                "TEACHER");
        assertThat(timeline("2026-12-01", TimelineScope.TEACHER, "t1", YEAR, "en").entries())
                .extracting(TimelineEntry::eventType, TimelineEntry::involvement)
                .endsWith(tuple("ChairElectedEvent", Involvement.ACTOR));
    }

    @Test
    void anAssociationOrTeacherOfAnotherSchoolIsNotThere() {
        aTerm();
        TimelineQueries queries = queriesOn("2026-12-01");

        assertThat(queries.handle(new FindTimelineQuery("school-other", TimelineScope.ASSOCIATION, MATH, YEAR, null, 10,
                "ky"))).isEqualTo(Optional.empty());
        assertThat(queries.handle(new FindTimelineQuery(SCHOOL, TimelineScope.ASSOCIATION, "ma-none", YEAR, null, 10,
                "ky"))).isEmpty();
        assertThat(queries.handle(new FindTimelineQuery(SCHOOL, TimelineScope.TEACHER, "t-none", YEAR, null, 10, "ky")))
                .isEmpty();
        assertThat(queries.handle(new FindTimelineQuery(SCHOOL, TimelineScope.TEACHER, "t1", YEAR, null, 10, "ky")))
                .isPresent();
    }
}
