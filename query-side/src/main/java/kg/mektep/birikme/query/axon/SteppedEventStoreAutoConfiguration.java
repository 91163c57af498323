package kg.mektep.birikme.query.axon;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The event store of a process that stores its events itself (not in Axon Server): Axon's
 * {@link EmbeddedEventStore} as Axon would build it, except that its reader of new events reads in
 * steps of {@value #STEP} ({@link SteppedTailReads}), so the memory it holds is bounded however many
 * events arrive at once. The comparison run ({@code birikme.projections.processors=axon-defaults})
 * keeps Axon's own.
 */
@AutoConfiguration(after = JdbcAutoConfiguration.class, before = AxonAutoConfiguration.class)
@ConditionalOnBean(EventStorageEngine.class)
@ConditionalOnProperty(name = "birikme.projections.processors", havingValue = "pooled", matchIfMissing = true)
public class SteppedEventStoreAutoConfiguration {

    /** Events per read of the store's reader: a tenth of the 10,000 it keeps for the processors. */
    static final int STEP = 1_000;

    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    @ConditionalOnMissingBean(EventBus.class)
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(new SteppedTailReads(storageEngine, STEP))
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .build();
    }
}
