package kg.mektep.birikme.command.mentoring;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requirePresent;
import static kg.mektep.birikme.command.rules.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.YoungTeacher;
import kg.mektep.birikme.api.mentoring.AssignMentorCommand;
import kg.mektep.birikme.api.mentoring.MentorAssignedEvent;
import kg.mektep.birikme.api.mentoring.MentoringSessionRecordedEvent;
import kg.mektep.birikme.api.mentoring.RecordMentoringSessionCommand;
import kg.mektep.birikme.command.association.AssociationRegistry;
import kg.mektep.birikme.command.plan.PlanContentRules;
import kg.mektep.birikme.command.rules.Authority;
import kg.mektep.birikme.command.school.SchoolCalendar;
import kg.mektep.birikme.command.school.SchoolRegistry;
import kg.mektep.birikme.command.school.StaffMember;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A young teacher's mentorship in an association (R17, clauses 3.17, 8.6): the chair assigns a
 * mentor from the members to a member in the first three years since hire; the mentor records the
 * sessions, which internal control reviews (clause 9).
 */
@Aggregate(cache = CommandSideAxonConfig.AGGREGATE_CACHE)
public class Mentorship {

    @AggregateIdentifier
    private String mentorshipId;
    private String schoolId;
    private String associationId;
    private String mentorId;
    private LocalDate since;

    protected Mentorship() {
    }

    @CommandHandler
    public Mentorship(AssignMentorCommand command, AssociationRegistry associations, SchoolRegistry staff,
                      @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        AssociationRegistry.AssociationFacts association =
                PlanContentRules.activeAssociation(associations, command.associationId(), command.schoolId());
        Authority.requireChair(actorTeacherId, association.chairId());
        requirePresent(command.since(), "since");
        // Clause 6.1: the association's work begins with the order that opened it.
        require(!association.openedAfter(command.since()), Refusal.DATED_BEFORE_OPENING, command.since(),
                association.openedOn());
        require(association.members().contains(command.menteeId()), Refusal.NOT_A_MEMBER, command.menteeId());
        require(association.members().contains(command.mentorId()), Refusal.NOT_A_MEMBER, command.mentorId());
        require(!command.menteeId().equals(command.mentorId()), Refusal.MENTOR_IS_MENTEE);
        requireYoungOn(staff.teacher(command.menteeId()).orElse(null), command);
        apply(new MentorAssignedEvent(command.mentorshipId(), command.schoolId(), command.associationId(),
                command.menteeId(), command.mentorId(), command.since()));
    }

    /** A dissolved association accepts no further commands: its mentorships record no more sessions. */
    @CommandHandler
    void handle(RecordMentoringSessionCommand command, AssociationRegistry associations, SchoolCalendar calendar,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        require(schoolId.equals(command.schoolId()), Refusal.NOT_FOUND, mentorshipId);
        AssociationRegistry.AssociationFacts association = PlanContentRules.activeAssociation(associations, associationId,
                schoolId);
        require(mentorId.equals(actorTeacherId), Refusal.NOT_THE_MENTOR);
        // The mentor is one of the members (clause 3.17): one who has left the association mentors in it no more.
        require(association.members().contains(mentorId), Refusal.NOT_A_MEMBER, mentorId);
        requirePresent(command.date(), "date");
        // A session held, which internal control reviews (clause 9): not one to come.
        LocalDate today = calendar.today(schoolId);
        require(!command.date().isAfter(today), Refusal.SESSION_DATE_IN_FUTURE, command.date(), today);
        require(!association.openedAfter(command.date()), Refusal.DATED_BEFORE_OPENING, command.date(),
                association.openedOn());
        // Nor before the day the assignment runs from: there was no mentorship yet.
        require(!command.date().isBefore(since), Refusal.SESSION_BEFORE_MENTORSHIP, command.date(), since);
        requireText(command.subject(), "subject");
        apply(new MentoringSessionRecordedEvent(mentorshipId, schoolId, associationId, command.date(),
                command.subject().strip()));
    }

    /** Clause 3.17: mentors are for young teachers, in their first three years since hire. */
    private static void requireYoungOn(StaffMember mentee, AssignMentorCommand command) {
        require(mentee != null && mentee.hireDate() != null && YoungTeacher.on(mentee.hireDate(), command.since()),
                Refusal.MENTEE_NOT_YOUNG, command.menteeId(), command.since());
    }

    @EventSourcingHandler
    void on(MentorAssignedEvent event) {
        mentorshipId = event.mentorshipId();
        schoolId = event.schoolId();
        associationId = event.associationId();
        mentorId = event.mentorId();
        since = event.since();
    }
}
