package kg.mektep.birikme.query.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.query.activity.ActivityProjectionAccess;
import kg.mektep.birikme.query.association.AssociationProjectionAccess;
import kg.mektep.birikme.query.control.ControlProjectionAccess;
import kg.mektep.birikme.query.log.EventLogProjectionAccess;
import kg.mektep.birikme.query.meeting.ProtocolProjectionAccess;
import kg.mektep.birikme.query.plan.PlanProjectionAccess;
import kg.mektep.birikme.query.school.StaffProjectionAccess;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read models a timeline reads, fed as the streaming processors feed them: every projection gets
 * each event with its time, the acting user and its global position, the event log among them.
 */
final class ReadModelFeed {

    private final String schoolId;
    private final List<AnnotationEventHandlerAdapter> projections;
    private long position;

    ReadModelFeed(JdbcClient jdbc, ObjectMapper json, Clock clock, String schoolId) {
        this.schoolId = schoolId;
        this.projections = List.of(
                new AnnotationEventHandlerAdapter(StaffProjectionAccess.projection(jdbc)),
                new AnnotationEventHandlerAdapter(AssociationProjectionAccess.projection(jdbc)),
                new AnnotationEventHandlerAdapter(PlanProjectionAccess.projection(jdbc, json)),
                new AnnotationEventHandlerAdapter(ProtocolProjectionAccess.projection(jdbc, json)),
                new AnnotationEventHandlerAdapter(ControlProjectionAccess.projection(jdbc, json, clock)),
                new AnnotationEventHandlerAdapter(ActivityProjectionAccess.projection(jdbc, json)),
                new AnnotationEventHandlerAdapter(EventLogProjectionAccess.projection(json)));
    }

    /** The event at the next global position; answers that position. */
    long record(Object event, Instant at, String actorId, String actorRole) {
        return recordAt(position + 1, event, at, actorId, actorRole);
    }

    /** The event at the given global position, as a transaction that committed out of order gives it. */
    long recordAt(long globalPosition, Object event, Instant at, String actorId, String actorRole) {
        position = Math.max(position, globalPosition);
        Map<String, Object> metaData = new LinkedHashMap<>();
        metaData.put(MetadataKeys.SCHOOL_ID, schoolId);
        metaData.put(MetadataKeys.ACTOR_ID, actorId);
        metaData.put(MetadataKeys.ACTOR_ROLE, actorRole);
        TrackedEventMessage<Object> message = new GenericTrackedDomainEventMessage<>(
                new GlobalSequenceTrackingToken(globalPosition),
                new GenericDomainEventMessage<>(event.getClass().getSimpleName(), "aggregate-" + globalPosition, 0,
                        event, MetaData.from(metaData), "event-" + globalPosition, at));
        for (AnnotationEventHandlerAdapter projection : projections) {
            if (projection.canHandle(message)) {
                try {
                    projection.handle(message);
                } catch (Exception e) {
                    throw new IllegalStateException("Projection failed on " + event, e);
                }
            }
        }
        return globalPosition;
    }
}
