package kg.mektep.birikme.command.control;

import java.time.LocalDate;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;
import static kg.mektep.birikme.command.rules.Rules.orEmpty;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requirePresent;
import static kg.mektep.birikme.command.rules.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.control.ControlVisitRecordedEvent;
import kg.mektep.birikme.api.control.RecordControlVisitCommand;
import kg.mektep.birikme.command.association.AssociationRegistry;
import kg.mektep.birikme.command.plan.PlanContentRules;
import kg.mektep.birikme.command.school.SchoolCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A deputy's control visit to an association (R18, clause 9); its findings are part of the record file (6.10). */
@Aggregate(cache = CommandSideAxonConfig.AGGREGATE_CACHE)
public class ControlVisit {

    @AggregateIdentifier
    private String visitId;

    protected ControlVisit() {
    }

    @CommandHandler
    public ControlVisit(RecordControlVisitCommand command, AssociationRegistry registry, SchoolCalendar calendar,
                        @MetaDataValue(ACTOR_ID) String actorId) {
        AssociationRegistry.AssociationFacts association =
                PlanContentRules.activeAssociation(registry, command.associationId(), command.schoolId());
        requirePresent(command.topic(), "topic");
        requirePresent(command.date(), "date");
        // The findings of a visit made: one dated ahead would also count as the follow-up of an earlier visit.
        LocalDate today = calendar.today(command.schoolId());
        require(!command.date().isAfter(today), Refusal.VISIT_DATE_IN_FUTURE, command.date(), today);
        // Clause 6.1: there was no association to visit before the order that opened it.
        require(!association.openedAfter(command.date()), Refusal.DATED_BEFORE_OPENING, command.date(),
                association.openedOn());
        requireText(command.findings(), "findings");
        requirePresent(command.followUp(), "followUp");
        require(!command.followUp().isBefore(command.date()), Refusal.FOLLOW_UP_BEFORE_VISIT, command.followUp(),
                command.date());
        apply(new ControlVisitRecordedEvent(command.visitId(), command.schoolId(), command.associationId(),
                command.topic(), command.date(), command.findings().strip(), orEmpty(command.recommendations()),
                command.followUp(), actorId));
    }

    @EventSourcingHandler
    void on(ControlVisitRecordedEvent event) {
        visitId = event.visitId();
    }
}
