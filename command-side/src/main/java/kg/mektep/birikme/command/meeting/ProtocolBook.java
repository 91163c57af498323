package kg.mektep.birikme.command.meeting;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ROLE;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.common.CanonicalJson;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.meeting.CompleteResolutionCommand;
import kg.mektep.birikme.api.meeting.CorrectProtocolCommand;
import kg.mektep.birikme.api.meeting.MeetingScheduledEvent;
import kg.mektep.birikme.api.meeting.ProtocolBooks;
import kg.mektep.birikme.api.meeting.ProtocolCorrectedEvent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.RecordProtocolCommand;
import kg.mektep.birikme.api.meeting.RecordYearAnalysisCommand;
import kg.mektep.birikme.api.meeting.ResolutionCompletedEvent;
import kg.mektep.birikme.api.meeting.ScheduleMeetingCommand;
import kg.mektep.birikme.api.meeting.YearAnalysisRecordedEvent;
import kg.mektep.birikme.command.archive.ArchiveRegistry;
import kg.mektep.birikme.command.archive.ReadOnlyArchive;
import kg.mektep.birikme.command.association.AssociationRegistry;
import kg.mektep.birikme.command.association.AssociationRegistry.AssociationFacts;
import kg.mektep.birikme.command.plan.PlanContentRules;
import kg.mektep.birikme.command.rules.Authority;
import kg.mektep.birikme.command.rules.Rules;
import kg.mektep.birikme.command.school.SchoolCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An association's protocol book for one school year (R9, clauses 4.2, 5.6, 6.11): it numbers the
 * protocols 1, 2, 3… with no gap, never edits one, and records corrections and done resolutions.
 * The chair keeps it.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = CommandSideAxonConfig.AGGREGATE_CACHE)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@Revision("1")
public class ProtocolBook {

    @AggregateIdentifier
    private String bookId;
    private String schoolId;
    private String associationId;
    private int schoolYear;
    private int lastNumber;
    private LocalDate lastDate;
    private final Map<Integer, Integer> resolutionCounts = new HashMap<>();
    private final Set<Integer> quorate = new HashSet<>();
    private final Set<String> done = new HashSet<>();
    private boolean analysed;

    protected ProtocolBook() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScheduleMeetingCommand command, AssociationRegistry registry, ArchiveRegistry archive,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        AssociationFacts association = openBook(command.bookId(), command.schoolId(), command.associationId(),
                command.schoolYear(), registry, actorTeacherId);
        requireNotInArchive(archive);
        requireYearOpen();
        Rules.requirePresent(command.date(), "date");
        requireWithinYear(command.date());
        // Clause 6.1: the association meets from its opening order on.
        require(!association.openedAfter(command.date()), Refusal.DATED_BEFORE_OPENING, command.date(),
                association.openedOn());
        require(command.agenda() != null && command.agenda().stream().anyMatch(ProtocolBook::hasText),
                Refusal.FIELD_REQUIRED, "agenda");
        apply(new MeetingScheduledEvent(command.bookId(), association.schoolId(), association.associationId(),
                command.schoolYear(), command.date(), command.agenda()));
    }

    /** Answers the number the book gave the protocol. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(RecordProtocolCommand command, AssociationRegistry registry, ArchiveRegistry archive,
               SchoolCalendar calendar, @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        AssociationFacts association = openBook(command.bookId(), command.schoolId(), command.associationId(),
                command.schoolYear(), registry, actorTeacherId);
        requireNotInArchive(archive);
        requireYearOpen();
        Rules.requirePresent(command.content(), "content");
        Rules.requirePresent(command.content().date(), "date");
        Protocols.requireEntriesOfEveryList(command.content());
        requireWithinYear(command.content().date());
        // A protocol records a meeting held: one dated ahead would also shut out every meeting before its date.
        LocalDate today = calendar.today(association.schoolId());
        require(!command.content().date().isAfter(today), Refusal.PROTOCOL_DATE_IN_FUTURE, command.content().date(), today);
        // Clause 6.1: the association meets from its opening order on.
        require(!association.openedAfter(command.content().date()), Refusal.DATED_BEFORE_OPENING,
                command.content().date(), association.openedOn());
        require(lastDate == null || !command.content().date().isBefore(lastDate), Refusal.PROTOCOL_BEFORE_PREVIOUS,
                command.content().date(), lastDate);
        Protocols.requireAttendanceOfEveryMember(command.content(), association.members());
        Protocols.requireAgendaAndResolutions(command.content());
        Protocols.requireResponsibleMembers(command.content(), association.members());
        Protocols.requirePlansOfThisAssociation(command.content(), registry, association.associationId());
        int number = lastNumber + 1;
        apply(new ProtocolRecordedEvent(command.bookId(), association.schoolId(), association.associationId(),
                command.schoolYear(), number, command.content(), association.members().size(),
                Protocols.isQuorate(command.content(), association.members().size()),
                CanonicalJson.sha256(command.content())));
        return number;
    }

    @CommandHandler
    void handle(CorrectProtocolCommand command, AssociationRegistry registry, ArchiveRegistry archive,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        requireChairOfOpenAssociation(command.schoolId(), registry, actorTeacherId);
        requireNotInArchive(archive);
        requireRecorded(command.number());
        requireText(command.field(), "field");
        requireText(command.correction(), "correction");
        requireText(command.reason(), "reason");
        // A correction naming the plan a resolution approves names an existing resolution and a plan of this association.
        ResolutionCorrections.resolutionNamingPlan(command.field()).ifPresent(index -> {
            require(index < resolutionCounts.get(command.number()), Refusal.NOT_FOUND,
                    command.number() + "/" + (index + 1));
            Protocols.requirePlanOfThisAssociation(command.correction().strip(), registry, associationId);
        });
        apply(new ProtocolCorrectedEvent(bookId, schoolId, associationId, schoolYear, command.number(),
                command.field().strip(), command.correction().strip(), command.reason().strip()));
    }

    @CommandHandler
    void handle(CompleteResolutionCommand command, AssociationRegistry registry, ArchiveRegistry archive,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        requireChairOfOpenAssociation(command.schoolId(), registry, actorTeacherId);
        requireNotInArchive(archive);
        requireRecorded(command.number());
        require(command.resolution() >= 1 && command.resolution() <= resolutionCounts.get(command.number()),
                Refusal.NOT_FOUND, command.number() + "/" + command.resolution());
        require(quorate.contains(command.number()), Refusal.RESOLUTION_NOT_ADOPTED, command.number());
        require(!done.contains(command.number() + "/" + command.resolution()), Refusal.RESOLUTION_ALREADY_DONE,
                command.number(), command.resolution());
        apply(new ResolutionCompletedEvent(bookId, schoolId, associationId, schoolYear, command.number(),
                command.resolution()));
    }

    /** R11 (clause 5.8): the deputy for teaching work, at the last meeting of the year. */
    @CommandHandler
    void handle(RecordYearAnalysisCommand command, AssociationRegistry registry, ArchiveRegistry archive, YearEnd yearEnd,
                @MetaDataValue(ACTOR_ROLE) String actorRole, @MetaDataValue(ACTOR_ID) String actorId) {
        require(schoolId.equals(command.schoolId()), Refusal.NOT_FOUND, bookId);
        PlanContentRules.activeAssociation(registry, associationId, schoolId);
        require(Authority.hasRole(actorRole, Role.DEPUTY_TEACHING), Refusal.ROLE_NOT_ALLOWED, String.valueOf(actorRole),
                Role.DEPUTY_TEACHING.name());
        requireNotInArchive(archive);
        requireYearOpen();
        requireRecorded(command.number());
        require(command.number() == lastNumber, Refusal.ANALYSIS_NOT_AT_LAST_MEETING, command.number(), lastNumber);
        // At the end of the year: an analysis recorded early would close the book for the rest of it.
        LocalDate end = yearEnd.startOf(new SchoolYear(schoolYear));
        require(!lastDate.isBefore(end), Refusal.ANALYSIS_BEFORE_YEAR_END, lastDate, end);
        requireText(command.analysis(), "analysis");
        // The deputy analyses the work and gives recommendations.
        require(Rules.orEmpty(command.recommendations()).stream().anyMatch(r -> r != null && !r.isBlank()),
                Refusal.FIELD_REQUIRED, "recommendations");
        apply(new YearAnalysisRecordedEvent(bookId, schoolId, associationId, schoolYear, command.number(),
                command.analysis().strip(), Rules.orEmpty(command.recommendations()), actorId));
    }

    /** Clause 5.9: once the year's protocols are handed over to the archive, the book takes nothing more. */
    private void requireNotInArchive(ArchiveRegistry archive) {
        ReadOnlyArchive.requireNotInArchive(archive, ArchiveDocuments.protocolsOf(associationId, schoolYear));
    }

    private void requireYearOpen() {
        require(!analysed, Refusal.YEAR_ALREADY_ANALYSED, new SchoolYear(schoolYear));
    }

    /** The book of this association and year, in the actor's school, kept by its chair. */
    private AssociationFacts openBook(String id, String commandSchoolId, String commandAssociationId, int year,
                                      AssociationRegistry registry, String actorTeacherId) {
        // The book is the one of the command's association and year, whether it exists yet or not.
        require(id.equals(ProtocolBooks.idOf(commandAssociationId, year)), Refusal.NOT_FOUND, id);
        if (bookId == null) {
            bookId = id;
            schoolId = commandSchoolId;
            associationId = commandAssociationId;
            schoolYear = year;
        }
        return requireChairOfOpenAssociation(commandSchoolId, registry, actorTeacherId);
    }

    private AssociationFacts requireChairOfOpenAssociation(String commandSchoolId, AssociationRegistry registry,
                                                           String actorTeacherId) {
        require(schoolId.equals(commandSchoolId), Refusal.NOT_FOUND, bookId);
        AssociationFacts association = PlanContentRules.activeAssociation(registry, associationId, schoolId);
        // Clause 5.6: the chair runs the meetings and keeps their protocols.
        Authority.requireChair(actorTeacherId, association.chairId());
        return association;
    }

    private void requireWithinYear(LocalDate date) {
        SchoolYear year = new SchoolYear(schoolYear);
        require(SchoolYear.containing(date).equals(year), Refusal.PROTOCOL_OUTSIDE_SCHOOL_YEAR, date, year);
    }

    private void requireRecorded(int number) {
        require(resolutionCounts.containsKey(number), Refusal.NOT_FOUND, "№" + number);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    @EventSourcingHandler
    void on(MeetingScheduledEvent event) {
        bookId = event.bookId();
        schoolId = event.schoolId();
        associationId = event.associationId();
        schoolYear = event.schoolYear();
    }

    @EventSourcingHandler
    void on(ProtocolRecordedEvent event) {
        bookId = event.bookId();
        schoolId = event.schoolId();
        associationId = event.associationId();
        schoolYear = event.schoolYear();
        lastNumber = event.number();
        lastDate = event.content().date();
        resolutionCounts.put(event.number(), event.content().resolutions().size());
        if (event.quorate()) {
            quorate.add(event.number());
        }
    }

    @EventSourcingHandler
    void on(YearAnalysisRecordedEvent event) {
        analysed = true;
    }

    @EventSourcingHandler
    void on(ResolutionCompletedEvent event) {
        done.add(event.number() + "/" + event.resolution());
    }
}
