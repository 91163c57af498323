package kg.mektep.birikme.command.axon;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ROLE;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_SCHOOL_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.SCHOOL_ID;

import kg.mektep.birikme.api.upcasting.ChairElectedEventUpcaster;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class CommandSideAxonConfig {

    /** The bean name of the aggregates' cache, for {@code @Aggregate(cache = ...)}. */
    public static final String AGGREGATE_CACHE = "aggregateCache";

    /** Who acted and in which school: copied from each command's metadata onto every event it causes. */
    @Bean
    CorrelationDataProvider actorAndSchoolProvider() {
        return new SimpleCorrelationDataProvider(SCHOOL_ID, ACTOR_ID, ACTOR_ROLE, ACTOR_SCHOOL_ID, ACTOR_TEACHER_ID);
    }

    @Bean
    CorrelationDataProvider correlationAndCausationProvider() {
        return new CorrelationAndCausationProvider();
    }

    /** Old revisions of events are read in their current shape (the query side registers the same). */
    @Bean
    @ConditionalOnMissingBean
    ChairElectedEventUpcaster chairElectedEventUpcaster() {
        return new ChairElectedEventUpcaster();
    }

    /**
     * Aggregates stay in memory between commands, checked against the store before each use
     * ({@link CheckedAggregateCache}); every aggregate names this cache.
     */
    @Bean(AGGREGATE_CACHE)
    CheckedAggregateCache aggregateCache(ObjectProvider<EventStore> eventStore,
                                         @Value("${birikme.aggregates.cache-size:5000}") int capacity) {
        return new CheckedAggregateCache(capacity, id -> eventStore.getObject().lastSequenceNumberFor(id));
    }

    /** Every aggregate finds a command's target as Axon does, the annotated members looked up once per type. */
    @Bean
    CommandTargetResolver commandTargetResolver() {
        return new CachedCommandTargets();
    }

    /** Long-lived aggregates load from a snapshot plus the events after it, in bounded time. */
    @Bean
    SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${birikme.snapshots.every:100}") int everyEvents) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, everyEvents);
    }

    /**
     * The registry must change in the transaction that stores the event, and a failure to update it
     * must roll the command back: a subscribing processor that propagates errors does both.
     */
    @Autowired
    void registryInTheCommandTransaction(EventProcessingConfigurer configurer) {
        configurer.registerSubscribingEventProcessor(RegistryGroup.NAME)
                .registerListenerInvocationErrorHandler(RegistryGroup.NAME, c -> PropagatingErrorHandler.instance());
    }
}
