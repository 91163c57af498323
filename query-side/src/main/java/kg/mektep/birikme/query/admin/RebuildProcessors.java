package kg.mektep.birikme.query.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import kg.mektep.birikme.query.admin.Projections.Projection;
import kg.mektep.birikme.query.web.NotFoundException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the processor of a rebuild: the projection's own handlers from the tail of the log, in
 * pooled segments like the projection's processor, with tokens of its own and transactions that
 * write into the rebuild's schema. Rebuilds reading from the same position share the reading of
 * the log ({@link SharedReads}).
 */
@Component
class RebuildProcessors {

    private final EventProcessingConfiguration processing;
    private final ShadowTables shadows;
    private final SharedReads events;
    private final JdbcClient jdbc;
    private final int segments;
    private final int batchSize;

    RebuildProcessors(EventProcessingConfiguration processing, ShadowTables shadows, SharedReads events,
                      JdbcClient jdbc, @Value("${birikme.projections.segments:4}") int segments,
                      @Value("${birikme.projections.rebuild.batch-size:500}") int batchSize) {
        this.processing = processing;
        this.shadows = shadows;
        this.events = events;
        this.jdbc = jdbc;
        this.segments = segments;
        this.batchSize = batchSize;
    }

    /** The projection's own processor, the one that keeps the live copy. */
    Optional<StreamingEventProcessor> live(String group) {
        return processing.eventProcessorByProcessingGroup(group, StreamingEventProcessor.class);
    }

    /** Starts the processor of the given rebuild; it goes on from its stored tokens, if it has any. */
    Rebuild launch(Projection projection, long rebuildId) {
        String group = projection.group();
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor(threads("rebuild-" + group));
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(segments,
                threads("rebuild-" + group + "-worker"));
        Rebuild[] rebuild = new Rebuild[1];
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(projection.shadowProcessor())
                .eventHandlerInvoker(new HandledTypes(handlersOf(group)))
                .errorHandler(error -> {
                    rebuild[0].failed(error.error());
                    throw error.error() instanceof Exception e ? e : new IllegalStateException(error.error());
                })
                .messageSource(events)
                .tokenStore(processing.tokenStore(group))
                .transactionManager(new SearchPathTransactionManager(processing.transactionManager(group), jdbc,
                        shadows.searchPath(projection)))
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(segments)
                .initialToken(StreamableMessageSource::createTailToken)
                .batchSize(batchSize)
                .build();
        rebuild[0] = new Rebuild(projection, rebuildId, processor, coordinator, workers);
        rebuild[0].resume();
        return rebuild[0];
    }

    /** The projection's handlers without its dead-letter queue: a failure is tried again, never skipped. */
    private EventHandlerInvoker handlersOf(String group) {
        StreamingEventProcessor live = live(group).orElseThrow(() -> new NotFoundException(group));
        if (!(live instanceof AbstractEventProcessor processor)) {
            throw new IllegalStateException("The processor of " + group + " does not expose its handlers");
        }
        List<EventMessageHandler> handlers = new ArrayList<>();
        collect(processor.eventHandlerInvoker(), handlers);
        return SimpleEventHandlerInvoker.builder()
                .eventHandlers(handlers)
                .sequencingPolicy(processing.sequencingPolicy(group))
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                .build();
    }

    private static void collect(EventHandlerInvoker invoker, List<EventMessageHandler> handlers) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(delegate -> collect(delegate, handlers));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            handlers.addAll(simple.eventHandlers());
        }
    }

    static ThreadFactory threads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
