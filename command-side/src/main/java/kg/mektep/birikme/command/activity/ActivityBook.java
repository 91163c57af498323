package kg.mektep.birikme.command.activity;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ROLE;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;
import static kg.mektep.birikme.command.rules.Rules.orEmpty;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requirePresent;
import static kg.mektep.birikme.command.rules.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.activity.Winner;
import kg.mektep.birikme.api.activity.ActivityBooks;
import kg.mektep.birikme.api.activity.ActivityType;
import kg.mektep.birikme.api.activity.ExtracurricularEventRecordedEvent;
import kg.mektep.birikme.api.activity.HearReportCommand;
import kg.mektep.birikme.api.activity.LessonVisitRecordedEvent;
import kg.mektep.birikme.api.activity.OpenLessonAnalysedEvent;
import kg.mektep.birikme.api.activity.OpenLessonRecordedEvent;
import kg.mektep.birikme.api.activity.RecordExtracurricularEventCommand;
import kg.mektep.birikme.api.activity.RecordLessonAnalysisCommand;
import kg.mektep.birikme.api.activity.RecordLessonVisitCommand;
import kg.mektep.birikme.api.activity.RecordOpenLessonCommand;
import kg.mektep.birikme.api.activity.RecordSeminarCommand;
import kg.mektep.birikme.api.activity.RecordSubjectEventCommand;
import kg.mektep.birikme.api.activity.RecordSubjectEventResultsCommand;
import kg.mektep.birikme.api.activity.ReportHeardEvent;
import kg.mektep.birikme.api.activity.SeminarRecordedEvent;
import kg.mektep.birikme.api.activity.SubjectEventRecordedEvent;
import kg.mektep.birikme.api.activity.SubjectEventResultsRecordedEvent;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.command.association.AssociationRegistry;
import kg.mektep.birikme.command.school.SchoolCalendar;
import kg.mektep.birikme.command.association.AssociationRegistry.AssociationFacts;
import kg.mektep.birikme.command.plan.PlanContentRules;
import kg.mektep.birikme.command.school.SchoolRegistry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An association's activities of one school year (R10, R19): seminars with their thematic open
 * lessons and extracurricular events (5.5, 5.7), open lessons and their analysis (3.9), mutual
 * lesson visits (3.7), subject weeks, school olympiads and contests with their results (3.14),
 * extracurricular work (3.15) and the reports heard (3.18). One book a year, so that links between
 * activities and the once-only analysis and results are checked against what the year holds.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = CommandSideAxonConfig.AGGREGATE_CACHE)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@Revision("1")
public class ActivityBook {

    @AggregateIdentifier
    private String bookId;
    private String schoolId;
    private String associationId;
    private int schoolYear;
    private final Map<String, ActivityType> activities = new HashMap<>();
    private final Map<String, Lesson> lessons = new HashMap<>();
    private final Map<String, LocalDate> subjectEventEnds = new HashMap<>();
    /** Open lessons analysed and subject events whose results are in. */
    private final Set<String> concluded = new HashSet<>();

    record Lesson(String teacherId, List<String> observerIds, LocalDate date) {
    }

    protected ActivityBook() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordSeminarCommand command, AssociationRegistry registry, SchoolCalendar calendar,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId, @MetaDataValue(ACTOR_ROLE) String actorRoles,
                @MetaDataValue(ACTOR_ID) String actorId) {
        int year = yearOf(command.date(), "date");
        AssociationFacts association = open(command.bookId(), command.schoolId(), command.associationId(), year, registry);
        ActivityRules.requireChairOrDeputy(association, actorTeacherId, actorRoles);
        requireHeld(command.date(), association, calendar);
        requireText(command.topic(), "topic");
        List<String> leaders = ActivityRules.members(command.leaderIds(), "leaderIds", association);
        List<String> lessonIds = linked(command.openLessonIds(), ActivityType.OPEN_LESSON, year);
        List<String> eventIds = linked(command.extracurricularEventIds(), ActivityType.EXTRACURRICULAR_EVENT, year);
        apply(new SeminarRecordedEvent(command.bookId(), command.schoolId(), command.associationId(), year,
                command.activityId(), command.topic().strip(), command.date(), leaders, lessonIds, eventIds, actorId));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordOpenLessonCommand command, AssociationRegistry registry, SchoolCalendar calendar, SchoolRegistry staff,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId, @MetaDataValue(ACTOR_ROLE) String actorRoles,
                @MetaDataValue(ACTOR_ID) String actorId) {
        int year = yearOf(command.date(), "date");
        AssociationFacts association = open(command.bookId(), command.schoolId(), command.associationId(), year, registry);
        // Clause 3.9: a member gives (and records) their own open lesson.
        require(actorTeacherId != null && actorTeacherId.equals(command.teacherId())
                || ActivityRules.isChairOrDeputy(association, actorTeacherId, actorRoles), Refusal.NOT_OWN_LESSON);
        requireHeld(command.date(), association, calendar);
        requireText(command.teacherId(), "teacherId");
        requireText(command.className(), "className");
        requireText(command.subject(), "subject");
        requireText(command.topic(), "topic");
        require(association.members().contains(command.teacherId()), Refusal.NOT_A_MEMBER, command.teacherId());
        List<String> observers = ActivityRules.staff(command.observerIds(), staff, command.schoolId());
        String seminarId = seminarOrNone(command.seminarId(), year);
        apply(new OpenLessonRecordedEvent(command.bookId(), command.schoolId(), command.associationId(), year,
                command.activityId(), command.teacherId(), command.className().strip(), command.subject().strip(),
                command.topic().strip(), command.date(), observers, seminarId, actorId));
    }

    @CommandHandler
    void handle(RecordLessonAnalysisCommand command, AssociationRegistry registry, SchoolCalendar calendar,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId, @MetaDataValue(ACTOR_ROLE) String actorRoles,
                @MetaDataValue(ACTOR_ID) String actorId) {
        AssociationFacts association = existing(command.schoolId(), registry);
        Lesson lesson = lessons.get(command.activityId());
        require(lesson != null, Refusal.NOT_FOUND, command.activityId());
        // Clause 3.9: the teacher and those who observed the lesson analyse it.
        require(actorTeacherId != null && (actorTeacherId.equals(lesson.teacherId())
                        || lesson.observerIds().contains(actorTeacherId))
                || ActivityRules.isChairOrDeputy(association, actorTeacherId, actorRoles), Refusal.NOT_OWN_LESSON);
        require(!concluded.contains(command.activityId()), Refusal.LESSON_ALREADY_ANALYSED, command.activityId());
        requirePresent(command.date(), "date");
        require(!command.date().isBefore(lesson.date()), Refusal.ANALYSIS_BEFORE_LESSON, command.date(), lesson.date());
        requireHeld(command.date(), association, calendar);
        requireText(command.analysis(), "analysis");
        apply(new OpenLessonAnalysedEvent(bookId, schoolId, associationId, schoolYear, command.activityId(),
                command.date(), command.analysis().strip(), actorTeacherId, actorId));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordLessonVisitCommand command, AssociationRegistry registry, SchoolCalendar calendar,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId, @MetaDataValue(ACTOR_ROLE) String actorRoles,
                @MetaDataValue(ACTOR_ID) String actorId) {
        int year = yearOf(command.date(), "date");
        AssociationFacts association = open(command.bookId(), command.schoolId(), command.associationId(), year, registry);
        // Clause 3.7: the two teachers record their visit and its joint analysis.
        require(actorTeacherId != null && (actorTeacherId.equals(command.visitingTeacherId())
                        || actorTeacherId.equals(command.visitedTeacherId()))
                || ActivityRules.isChairOrDeputy(association, actorTeacherId, actorRoles), Refusal.NOT_OWN_VISIT);
        requireHeld(command.date(), association, calendar);
        requireText(command.visitingTeacherId(), "visitingTeacherId");
        requireText(command.visitedTeacherId(), "visitedTeacherId");
        requireText(command.className(), "className");
        requireText(command.topic(), "topic");
        requireText(command.analysis(), "analysis");
        require(!command.visitingTeacherId().equals(command.visitedTeacherId()), Refusal.VISIT_TO_ONESELF);
        ActivityRules.members(List.of(command.visitingTeacherId(), command.visitedTeacherId()), "teachers", association);
        apply(new LessonVisitRecordedEvent(command.bookId(), command.schoolId(), command.associationId(), year,
                command.activityId(), command.visitingTeacherId(), command.visitedTeacherId(),
                command.className().strip(), command.topic().strip(), command.date(), command.analysis().strip(),
                actorId));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordSubjectEventCommand command, AssociationRegistry registry, SchoolCalendar calendar,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId, @MetaDataValue(ACTOR_ROLE) String actorRoles,
                @MetaDataValue(ACTOR_ID) String actorId) {
        int year = yearOf(command.from(), "from");
        AssociationFacts association = open(command.bookId(), command.schoolId(), command.associationId(), year, registry);
        ActivityRules.requireChairOrDeputy(association, actorTeacherId, actorRoles);
        // Recorded once begun; it may still be running, and its results come once it is over.
        requireHeld(command.from(), association, calendar);
        requirePresent(command.kind(), "kind");
        requireText(command.title(), "title");
        requireText(command.subject(), "subject");
        requirePresent(command.to(), "to");
        require(!command.to().isBefore(command.from()), Refusal.EVENT_DAYS_OUT_OF_ORDER, command.from(), command.to());
        require(SchoolYear.containing(command.to()).startYear() == year, Refusal.ACTIVITY_OUTSIDE_SCHOOL_YEAR,
                command.to(), new SchoolYear(year));
        apply(new SubjectEventRecordedEvent(command.bookId(), command.schoolId(), command.associationId(), year,
                command.activityId(), command.kind(), command.title().strip(), command.subject().strip(),
                command.from(), command.to(), actorId));
    }

    @CommandHandler
    void handle(RecordSubjectEventResultsCommand command, AssociationRegistry registry, SchoolCalendar calendar,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId, @MetaDataValue(ACTOR_ROLE) String actorRoles,
                @MetaDataValue(ACTOR_ID) String actorId) {
        AssociationFacts association = existing(command.schoolId(), registry);
        ActivityRules.requireChairOrDeputy(association, actorTeacherId, actorRoles);
        LocalDate end = subjectEventEnds.get(command.activityId());
        require(end != null, Refusal.NOT_FOUND, command.activityId());
        require(!concluded.contains(command.activityId()), Refusal.RESULTS_ALREADY_RECORDED, command.activityId());
        requirePresent(command.date(), "date");
        // Clause 3.14: results are summed up once the week, olympiad or contest is over.
        require(!command.date().isBefore(end), Refusal.RESULTS_BEFORE_END, command.date(), end);
        requireHeld(command.date(), association, calendar);
        require(command.participants() >= 0, Refusal.FIELD_REQUIRED, "participants");
        List<Winner> winners = ActivityRules.winners(command.winners());
        // Every winner took part.
        require(winners.size() <= command.participants(), Refusal.MORE_WINNERS_THAN_PARTICIPANTS, winners.size(),
                command.participants());
        apply(new SubjectEventResultsRecordedEvent(bookId, schoolId, associationId, schoolYear, command.activityId(),
                command.date(), command.participants(), winners, actorId));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(HearReportCommand command, AssociationRegistry registry, SchoolCalendar calendar,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId, @MetaDataValue(ACTOR_ROLE) String actorRoles,
                @MetaDataValue(ACTOR_ID) String actorId) {
        int year = yearOf(command.date(), "date");
        AssociationFacts association = open(command.bookId(), command.schoolId(), command.associationId(), year, registry);
        ActivityRules.requireChairOrDeputy(association, actorTeacherId, actorRoles);
        requireHeld(command.date(), association, calendar);
        requirePresent(command.kind(), "kind");
        requireText(command.title(), "title");
        requireText(command.teacherId(), "teacherId");
        require(association.members().contains(command.teacherId()), Refusal.NOT_A_MEMBER, command.teacherId());
        if (command.protocolNumber() != null) {
            // Clause 3.18: the association hears reports at its meetings; the protocol cited is of that day.
            require(registry.protocol(command.associationId(), year, command.protocolNumber())
                            .filter(protocol -> protocol.date().equals(command.date())).isPresent(),
                    Refusal.REPORT_MEETING_NOT_RECORDED, command.protocolNumber(), command.date());
        }
        apply(new ReportHeardEvent(command.bookId(), command.schoolId(), command.associationId(), year,
                command.activityId(), command.teacherId(), command.kind(), command.title().strip(), command.date(),
                command.protocolNumber(), actorId));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordExtracurricularEventCommand command, AssociationRegistry registry, SchoolCalendar calendar,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId, @MetaDataValue(ACTOR_ROLE) String actorRoles,
                @MetaDataValue(ACTOR_ID) String actorId) {
        int year = yearOf(command.date(), "date");
        AssociationFacts association = open(command.bookId(), command.schoolId(), command.associationId(), year, registry);
        ActivityRules.requireChairOrDeputy(association, actorTeacherId, actorRoles);
        requireHeld(command.date(), association, calendar);
        requireText(command.title(), "title");
        List<String> responsible = ActivityRules.members(command.responsibleIds(), "responsibleIds", association);
        List<String> classNames = ActivityRules.texts(command.classNames(), "classNames");
        String seminarId = seminarOrNone(command.seminarId(), year);
        apply(new ExtracurricularEventRecordedEvent(command.bookId(), command.schoolId(), command.associationId(), year,
                command.activityId(), command.title().strip(), command.date(), responsible, classNames, seminarId,
                actorId));
    }

    /**
     * Clauses 3.7–3.18, 5.7: what the book records has taken place, while the association existed: one
     * dated ahead would count before it is held, one dated before the opening order for an association
     * that was not there.
     */
    private static void requireHeld(LocalDate date, AssociationFacts association, SchoolCalendar calendar) {
        LocalDate today = calendar.today(association.schoolId());
        require(!date.isAfter(today), Refusal.ACTIVITY_DATE_IN_FUTURE, date, today);
        require(!association.openedAfter(date), Refusal.DATED_BEFORE_OPENING, date, association.openedOn());
    }

    private static int yearOf(LocalDate date, String field) {
        requirePresent(date, field);
        return SchoolYear.containing(date).startYear();
    }

    /** The book of the command's association and of the year its date falls in, in the command's school. */
    private AssociationFacts open(String id, String commandSchoolId, String commandAssociationId, int year,
                                  AssociationRegistry registry) {
        require(id.equals(ActivityBooks.idOf(commandAssociationId, year)), Refusal.NOT_FOUND, id);
        require(bookId == null || schoolId.equals(commandSchoolId), Refusal.NOT_FOUND, id);
        return PlanContentRules.activeAssociation(registry, commandAssociationId, commandSchoolId);
    }

    private AssociationFacts existing(String commandSchoolId, AssociationRegistry registry) {
        require(schoolId.equals(commandSchoolId), Refusal.NOT_FOUND, bookId);
        return PlanContentRules.activeAssociation(registry, associationId, schoolId);
    }

    /** Clause 5.7: a seminar's thematic lessons and events are activities of the same year. */
    private List<String> linked(List<String> ids, ActivityType type, int year) {
        List<String> named = orEmpty(ids).stream().distinct().toList();
        for (String id : named) {
            require(activities.get(id) == type, Refusal.LINKED_ACTIVITY_NOT_FOUND, id, new SchoolYear(year));
        }
        return named;
    }

    private String seminarOrNone(String seminarId, int year) {
        if (seminarId == null || seminarId.isBlank()) {
            return null;
        }
        require(activities.get(seminarId) == ActivityType.SEMINAR, Refusal.LINKED_ACTIVITY_NOT_FOUND, seminarId,
                new SchoolYear(year));
        return seminarId;
    }

    private void opened(String id, String school, String association, int year) {
        bookId = id;
        schoolId = school;
        associationId = association;
        schoolYear = year;
    }

    @EventSourcingHandler
    void on(SeminarRecordedEvent event) {
        opened(event.bookId(), event.schoolId(), event.associationId(), event.schoolYear());
        activities.put(event.activityId(), ActivityType.SEMINAR);
    }

    @EventSourcingHandler
    void on(OpenLessonRecordedEvent event) {
        opened(event.bookId(), event.schoolId(), event.associationId(), event.schoolYear());
        activities.put(event.activityId(), ActivityType.OPEN_LESSON);
        lessons.put(event.activityId(), new Lesson(event.teacherId(), event.observerIds(), event.date()));
    }

    @EventSourcingHandler
    void on(OpenLessonAnalysedEvent event) {
        concluded.add(event.activityId());
    }

    @EventSourcingHandler
    void on(LessonVisitRecordedEvent event) {
        opened(event.bookId(), event.schoolId(), event.associationId(), event.schoolYear());
        activities.put(event.activityId(), ActivityType.LESSON_VISIT);
    }

    @EventSourcingHandler
    void on(SubjectEventRecordedEvent event) {
        opened(event.bookId(), event.schoolId(), event.associationId(), event.schoolYear());
        activities.put(event.activityId(), event.kind().type());
        subjectEventEnds.put(event.activityId(), event.to());
    }

    @EventSourcingHandler
    void on(SubjectEventResultsRecordedEvent event) {
        concluded.add(event.activityId());
    }

    @EventSourcingHandler
    void on(ReportHeardEvent event) {
        opened(event.bookId(), event.schoolId(), event.associationId(), event.schoolYear());
        activities.put(event.activityId(), event.kind().type());
    }

    @EventSourcingHandler
    void on(ExtracurricularEventRecordedEvent event) {
        opened(event.bookId(), event.schoolId(), event.associationId(), event.schoolYear());
        activities.put(event.activityId(), ActivityType.EXTRACURRICULAR_EVENT);
    }
}
