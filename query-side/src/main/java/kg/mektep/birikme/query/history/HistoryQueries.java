package kg.mektep.birikme.query.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.history.AssociationState;
import kg.mektep.birikme.api.history.AssociationStateQuery;
import kg.mektep.birikme.api.history.AssociationStepsQuery;
import kg.mektep.birikme.api.history.HistoryStep;
import kg.mektep.birikme.api.history.HistorySteps;
import kg.mektep.birikme.api.history.PlanAsOf;
import kg.mektep.birikme.api.history.PlanStateQuery;
import kg.mektep.birikme.api.plan.AnnualPlanApprovedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanContent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanReturnedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanRevisedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanSubmittedEvent;
import kg.mektep.birikme.query.history.EventHistory.AsOf;
import kg.mektep.birikme.query.history.EventHistory.Replayed;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Time travel: an association or a plan as it stood on a past date or at a past position, and the
 * association's history step by step, all replayed from the event store.
 */
@Component
class HistoryQueries {

    private final EventHistory history;
    private final EventDescriptions descriptions;

    HistoryQueries(EventHistory history, EventDescriptions descriptions) {
        this.history = history;
        this.descriptions = descriptions;
    }

    @QueryHandler
    Optional<AssociationState> handle(AssociationStateQuery query) {
        AsOf asOf = history.asOf(history.aggregatesOf(query.associationId()), query.schoolId(), query.at(),
                query.position());
        if (!belongsTo(asOf.events(), query.schoolId())) {
            return Optional.empty();
        }
        Map<String, String> names = history.teacherNames(query.schoolId());
        AssociationFold fold = new AssociationFold(names::get);
        for (Replayed event : asOf.upToLast()) {
            fold.apply(event.payload(), event.position(), event.message()::getTimestamp);
        }
        return Optional.of(fold.state());
    }

    @QueryHandler
    Optional<HistorySteps> handle(AssociationStepsQuery query) {
        List<Replayed> events = history.asOf(history.aggregatesOf(query.associationId()), query.schoolId(), null, null)
                .events();
        if (!belongsTo(events, query.schoolId())) {
            return Optional.empty();
        }
        Map<String, String> names = history.teacherNames(query.schoolId());
        AssociationFold fold = new AssociationFold(names::get);
        List<HistoryStep> steps = new ArrayList<>();
        Long next = null;
        for (Replayed event : events) {
            fold.apply(event.payload(), event.position(), event.message()::getTimestamp);
            if (event.position() <= query.from()) {
                continue;
            }
            if (steps.size() == query.limit()) {
                next = steps.get(steps.size() - 1).position();
                break;
            }
            Object actor = event.message().getMetaData().get(MetadataKeys.ACTOR_ID);
            steps.add(new HistoryStep(event.position(), event.message().getTimestamp(), event.message().getType(),
                    event.message().getAggregateIdentifier(), event.message().getSequenceNumber(),
                    event.payload().getClass().getSimpleName(), actor == null ? null : actor.toString(),
                    descriptions.describe(event.payload(), query.language()), fold.state()));
        }
        return Optional.of(new HistorySteps(query.associationId(), steps, next));
    }

    @QueryHandler
    Optional<PlanAsOf> handle(PlanStateQuery query) {
        AsOf asOf = history.asOf(Set.of(query.planId()), query.schoolId(), query.at(), query.position());
        List<Replayed> events = asOf.events();
        if (events.isEmpty() || !(events.get(0).payload() instanceof AnnualPlanDraftedEvent drafted)
                || !drafted.schoolId().equals(query.schoolId())) {
            return Optional.empty();
        }
        Map<Integer, AnnualPlanContent> contents = new java.util.HashMap<>();
        Map<Integer, String> hashes = new java.util.HashMap<>();
        String status = "NOT_DRAFTED";
        int current = 0;
        int inForce = 0;
        long position = 0;
        for (Replayed event : asOf.upToLast()) {
            position = event.position();
            Object payload = event.payload();
            if (payload instanceof AnnualPlanDraftedEvent e) {
                current = e.version();
                contents.put(e.version(), e.content());
                hashes.put(e.version(), e.contentHash());
                status = "DRAFT";
            } else if (payload instanceof AnnualPlanRevisedEvent e) {
                current = e.version();
                contents.put(e.version(), e.content());
                hashes.put(e.version(), e.contentHash());
                status = inForce == 0 ? "DRAFT" : "AMENDED_AWAITING_APPROVAL";
            } else if (payload instanceof AnnualPlanSubmittedEvent) {
                status = inForce == 0 ? "SUBMITTED" : "AMENDED_AWAITING_APPROVAL";
            } else if (payload instanceof AnnualPlanReturnedEvent) {
                status = inForce == 0 ? "RETURNED" : "AMENDED_AWAITING_APPROVAL";
            } else if (payload instanceof AnnualPlanApprovedEvent e) {
                inForce = e.version();
                status = "APPROVED";
            }
        }
        return Optional.of(new PlanAsOf(query.planId(), drafted.associationId(), drafted.schoolYear(), status, inForce,
                hashes.get(inForce), contents.get(inForce), current, contents.get(current), position));
    }

    private static boolean belongsTo(List<Replayed> events, String schoolId) {
        // Only the creation is deserialized here; the fold reads the other payloads up to its date.
        return events.stream().filter(event -> event.message().getPayloadType() == AssociationCreatedEvent.class)
                .map(Replayed::payload).map(AssociationCreatedEvent.class::cast)
                .anyMatch(created -> created.schoolId().equals(schoolId));
    }
}
