package kg.mektep.birikme.query.history;

import static kg.mektep.birikme.api.common.MetadataKeys.SCHOOL_ID;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kg.mektep.birikme.query.admin.BatchedRows;
import kg.mektep.birikme.query.admin.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Keeps the index of the aggregates whose events concern an association: every event whose payload
 * names an {@code associationId} links its aggregate to that association. The links of a batch of
 * events are written together when the batch commits ({@link BatchedRows}).
 */
@Component
@ProcessingGroup("history-index")
@ReadModelTables(value = "rm_association_stream", insertOnly = "rm_association_stream")
class AssociationStreams {

    private static final Map<Class<?>, Optional<RecordComponent>> ASSOCIATION_FIELD = new ConcurrentHashMap<>();

    private final BatchedRows rows;

    AssociationStreams(BatchedRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain) || domain.getType() == null) {
            return;
        }
        associationOf(payload).ifPresent(associationId -> rows.add("""
                        INSERT INTO rm_association_stream (association_id, aggregate_id, aggregate_type, school_id)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                associationId, domain.getAggregateIdentifier(), domain.getType(), message.getMetaData().get(SCHOOL_ID)));
    }

    static Optional<String> associationOf(Object payload) {
        return ASSOCIATION_FIELD.computeIfAbsent(payload.getClass(), type -> {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals("associationId") && component.getType() == String.class) {
                    return Optional.of(component);
                }
            }
            return Optional.empty();
        }).map(component -> {
            try {
                return (String) component.getAccessor().invoke(payload);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Record accessor of " + payload.getClass(), e);
            }
        });
    }
}
