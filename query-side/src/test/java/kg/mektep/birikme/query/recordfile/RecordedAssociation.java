package kg.mektep.birikme.query.recordfile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kg.mektep.birikme.api.activity.ActivityBooks;
import kg.mektep.birikme.api.activity.ExtracurricularEventRecordedEvent;
import kg.mektep.birikme.api.activity.OpenLessonRecordedEvent;
import kg.mektep.birikme.api.activity.SeminarRecordedEvent;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationDissolvedEvent;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.association.AssociationReorganisedEvent;
import kg.mektep.birikme.api.association.ChairConfirmedEvent;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import kg.mektep.birikme.api.association.ChairVacatedEvent;
import kg.mektep.birikme.api.association.MemberAddedEvent;
import kg.mektep.birikme.api.association.MemberRemovedEvent;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.control.ControlTopic;
import kg.mektep.birikme.api.control.ControlVisitRecordedEvent;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.YearAnalysisRecordedEvent;
import kg.mektep.birikme.api.mentoring.MentorAssignedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanApprovedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.api.plan.MonthlyPlanConfirmedEvent;
import kg.mektep.birikme.api.plan.MonthlyPlanDraftedEvent;
import kg.mektep.birikme.api.recordfile.AttachedFile;
import kg.mektep.birikme.api.recordfile.DocumentRegisteredEvent;
import kg.mektep.birikme.api.recordfile.RecordFileKind;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import kg.mektep.birikme.query.admin.BatchedRowsAccess;
import kg.mektep.birikme.query.association.AssociationProjectionAccess;
import kg.mektep.birikme.query.school.StaffProjectionAccess;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An association of a school on a real PostgreSQL, its events fed through the record file's
 * projection as a streaming processor delivers them (each with its global position and the time
 * the service recorded it), and read back on any day. Teachers t1 to t4 have taught for years; t5
 * was hired on 2025-09-01, a young teacher.
 */
public final class RecordedAssociation {

    public static final String SCHOOL = "school-jalal-abad-7";
    public static final String MA = "ma-fizika";
    public static final int YEAR = 2026;
    public static final String PLAN = "plan-fizika-2026";
    public static final String YOUNG = "t5";
    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    private final JdbcClient jdbc;
    private final AnnotationEventHandlerAdapter projection;
    private final AssociationProjectionAccess associations;
    private final StaffProjectionAccess staff;
    private long position;

    public RecordedAssociation() {
        jdbc = ReadModelDatabase.fresh();
        jdbc.sql("TRUNCATE rm_record_evidence, rm_record_document").update();
        projection = new AnnotationEventHandlerAdapter(new RecordFileProjection(BatchedRowsAccess.onTestDatabase()));
        associations = new AssociationProjectionAccess(jdbc);
        staff = new StaffProjectionAccess(jdbc);
        staff.on(new SchoolRegisteredEvent(SCHOOL, "Жалал-Абаддагы №7 мектеп", "Жалал-Абад", "Asia/Bishkek"));
        staff.on(teacher("t1", "Асылбек Өмүров", "2004-09-01"));
        staff.on(teacher("t2", "Бурулай Ңазарова", "2010-09-01"));
        staff.on(teacher("t3", "Гүлжан Сүйүнбаева", "2012-09-01"));
        staff.on(teacher("t4", "Дөөлөт Үсөнов", "2015-09-01"));
        staff.on(teacher(YOUNG, "Элнура Жаңыбаева", "2025-09-01"));
    }

    private static TeacherRegisteredEvent teacher(String id, String name, String hired) {
        return new TeacherRegisteredEvent(id, SCHOOL, name, List.of("Физика"), LocalDate.parse(hired));
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Stores the event as recorded at ten in the morning of that day in Bishkek; answers its position. */
    public long record(String day, Object event) {
        return record(day, UUID.randomUUID().toString(), event);
    }

    public long record(String day, String eventId, Object event) {
        return record(LocalDate.parse(day).atTime(10, 0).atZone(BISHKEK).toInstant(), eventId, event);
    }

    /** Stores the event as recorded at that instant; answers its position. */
    public long record(Instant at, Object event) {
        return record(at, UUID.randomUUID().toString(), event);
    }

    private long record(Instant at, String eventId, Object event) {
        position++;
        try {
            projection.handle(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                    new GenericEventMessage<>(eventId, event, MetaData.emptyInstance(), at)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return position;
    }

    /** The association as the record shows it for a school year, read on that day. */
    public AssociationYear on(String day, int schoolYear) {
        return on(day, MA, schoolYear);
    }

    public AssociationYear on(String day, String associationId, int schoolYear) {
        return years(day).of(SCHOOL, associationId, schoolYear).orElseThrow();
    }

    public AssociationYears years(String day) {
        Clock clock = Clock.fixed(LocalDate.parse(day).atTime(12, 0).atZone(BISHKEK).toInstant(), BISHKEK);
        return new AssociationYears(jdbc, clock);
    }

    public static RecordFileTerms terms() {
        return new RecordFileTerms(MonthDay.of(9, 30), 30);
    }

    // The events of an association's year, as the command side stores them.

    public long opened(String day, String associationId, String orderDate) {
        AssociationCreatedEvent created = created(associationId, orderDate);
        associations.on(created);
        return record(day, created);
    }

    /** The association in the association read model only: its creation never reached the record file. */
    public void listed(String associationId, String orderDate) {
        associations.on(created(associationId, orderDate));
    }

    private static AssociationCreatedEvent created(String associationId, String orderDate) {
        return new AssociationCreatedEvent(associationId, SCHOOL, "Физика бирикмеси",
                AssociationKind.SUBJECT_AREA, List.of("Табигый илимдер"), List.of("Физика"),
                List.of("t1", "t2", "t3", "t4", YOUNG), new DocumentRef("45-б", LocalDate.parse(orderDate)),
                new Proposal(Role.DEPUTY_TEACHING, "12", LocalDate.parse(orderDate).minusDays(3)),
                new DocumentRef("1", LocalDate.parse(orderDate).minusDays(8)),
                new DocumentRef("1", LocalDate.parse(orderDate).minusDays(6)));
    }

    /** A teacher taken on by the school, not yet a member. */
    public void hired(String teacherId, String fullName, String hireDate) {
        staff.on(teacher(teacherId, fullName, hireDate));
    }

    /** The teacher added to the association's members on that day; answers the event's position. */
    public long added(String day, String teacherId) {
        member(teacherId);
        return record(day, new MemberAddedEvent(MA, SCHOOL, teacherId));
    }

    /** The teacher removed from the association's members on that day; answers the event's position. */
    public long removed(String day, String teacherId) {
        leave(teacherId);
        return record(day, new MemberRemovedEvent(MA, SCHOOL, teacherId, "Башка мектепке которулду"));
    }

    private void leave(String teacherId) {
        jdbc.sql("DELETE FROM rm_association_member WHERE association_id = ? AND teacher_id = ?").params(MA, teacherId)
                .update();
    }

    private void member(String teacherId) {
        jdbc.sql("INSERT INTO rm_association_member (association_id, teacher_id) VALUES (?, ?)").params(MA, teacherId)
                .update();
    }

    /** A director's order reorganising the association: who joins and who leaves it. */
    public long reorganised(String day, String orderDate, List<String> joining, List<String> leaving) {
        joining.forEach(this::member);
        leaving.forEach(this::leave);
        return record(day, new AssociationReorganisedEvent(MA, SCHOOL, "Физика жана астрономия бирикмеси",
                AssociationKind.SUBJECT_AREA, List.of("Табигый илимдер"), List.of("Физика", "Астрономия"), joining,
                leaving,
                new DocumentRef("81", LocalDate.parse(orderDate)),
                new Proposal(Role.DEPUTY_TEACHING, "30", LocalDate.parse(orderDate).minusDays(3))));
    }

    public long dissolved(String day, String orderDate) {
        return record(day, new AssociationDissolvedEvent(MA, SCHOOL, new DocumentRef("9", LocalDate.parse(orderDate)),
                null));
    }

    public long elected(String day, String teacherId) {
        return record(day, new ChairElectedEvent(MA, SCHOOL, teacherId, LocalDate.parse(day)));
    }

    public long confirmed(String day, String teacherId, String orderDate) {
        return record(day, new ChairConfirmedEvent(MA, SCHOOL, teacherId, new DocumentRef("52", LocalDate.parse(orderDate))));
    }

    /** The chair leaves office (or the association): the chair stands empty until a new election. */
    public long vacated(String day, String teacherId) {
        return record(day, new ChairVacatedEvent(MA, SCHOOL, teacherId));
    }

    public long drafted(String day, int schoolYear) {
        return record(day, new AnnualPlanDraftedEvent(PLAN, SCHOOL, MA, schoolYear, 1, null, "h1"));
    }

    public long approved(String day, int schoolYear) {
        return record(day, new AnnualPlanApprovedEvent(PLAN, SCHOOL, MA, schoolYear, 1, "h1", "deputy", "DEPUTY_TEACHING"));
    }

    /** A month's plan drafted (again, after a confirmation: which it withdraws). */
    public long monthDrafted(String day, String month) {
        return record(day, new MonthlyPlanDraftedEvent(PLAN, SCHOOL, MA, YearMonth.parse(month),
                List.of("Предметтик жумалыкты өткөрүү")));
    }

    public long month(String day, String month) {
        return record(day, new MonthlyPlanConfirmedEvent(PLAN, SCHOOL, MA, YearMonth.parse(month)));
    }

    public long protocol(String recordedOn, int schoolYear, int number, String meetingDay, boolean quorate) {
        ProtocolContent content = new ProtocolContent(LocalDate.parse(meetingDay), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return record(recordedOn, new ProtocolRecordedEvent(MA + "/" + schoolYear, SCHOOL, MA, schoolYear, number, content,
                5, quorate, "h"));
    }

    public long analysed(String day, int schoolYear, int number) {
        return record(day, new YearAnalysisRecordedEvent(MA + "/" + schoolYear, SCHOOL, MA, schoolYear, number,
                "Бирикме жылдык планды аткарды", List.of("Семинар өткөрүү"), "deputy"));
    }

    public long seminar(String day, String seminarId, List<String> openLessonIds) {
        return seminar(day, seminarId, openLessonIds, List.of());
    }

    /** A seminar naming its own open lessons and extracurricular events. */
    public long seminar(String day, String seminarId, List<String> openLessonIds,
                        List<String> extracurricularEventIds) {
        return record(day, new SeminarRecordedEvent(ActivityBooks.idOf(MA, YEAR), SCHOOL, MA, YEAR, seminarId,
                "Физикадагы тажрыйбалар", LocalDate.parse(day), List.of("t1"), openLessonIds, extracurricularEventIds,
                "chair"));
    }

    public long openLesson(String day, String lessonId, String seminarId) {
        return record(day, new OpenLessonRecordedEvent(ActivityBooks.idOf(MA, YEAR), SCHOOL, MA, YEAR, lessonId, "t2",
                "8Б", "Физика", "Ньютондун мыйзамдары", LocalDate.parse(day), List.of("t3"), seminarId, "t2"));
    }

    public long extracurricular(String day, String eventId, String seminarId) {
        return record(day, new ExtracurricularEventRecordedEvent(ActivityBooks.idOf(MA, YEAR), SCHOOL, MA, YEAR, eventId,
                "Физика кечеси", LocalDate.parse(day), List.of("t4"), List.of("9А"), seminarId, "chair"));
    }

    public long controlVisit(String day) {
        return record(day, new ControlVisitRecordedEvent(UUID.randomUUID().toString(), SCHOOL, MA,
                ControlTopic.MENTORS_HELP_TO_YOUNG_TEACHERS, LocalDate.parse(day), "Пландалган", List.of(),
                LocalDate.parse(day).plusMonths(1), "methodist"));
    }

    public long mentor(String day, String menteeId) {
        return mentor(day, menteeId, "t2");
    }

    public long mentor(String day, String menteeId, String mentorId) {
        return record(day, new MentorAssignedEvent(UUID.randomUUID().toString(), SCHOOL, MA, menteeId, mentorId,
                LocalDate.parse(day)));
    }

    public long document(String day, String documentId, RecordFileKind kind, String title, String date, AttachedFile file) {
        return record(day, new DocumentRegisteredEvent(documentId, SCHOOL, MA, kind, title, LocalDate.parse(date),
                "Директордун №47 буйругу", file, "user-chair"));
    }
}
