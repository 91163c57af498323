package kg.mektep.birikme.query.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventsourcing.eventstore.AbstractEventStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which event store a process gets. */
class SteppedEventStoreAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SteppedEventStoreAutoConfiguration.class))
            .withBean(Configuration.class, () -> DefaultConfigurer.defaultConfiguration().buildConfiguration());

    @Test
    void aProcessThatStoresItsEventsReadsNewOnesInSteps() {
        context.withBean(EventStorageEngine.class, InMemoryEventStorageEngine::new).run(app -> {
            EventBus store = app.getBean("eventBus", EventBus.class);
            assertThat(store).isInstanceOf(EmbeddedEventStore.class);
            assertThat(engineOf(store)).isInstanceOf(SteppedTailReads.class);
        });
    }

    @Test
    void theComparisonRunKeepsAxonsOwn() {
        context.withBean(EventStorageEngine.class, InMemoryEventStorageEngine::new)
                .withPropertyValues("birikme.projections.processors=axon-defaults")
                .run(app -> assertThat(app).doesNotHaveBean("eventBus"));
    }

    @Test
    void aProcessOnAxonServerHasNone() {
        context.run(app -> assertThat(app).doesNotHaveBean("eventBus"));
    }

    static EventStorageEngine engineOf(EventBus store) throws ReflectiveOperationException {
        Method engine = AbstractEventStore.class.getDeclaredMethod("storageEngine");
        engine.setAccessible(true);
        return (EventStorageEngine) engine.invoke(store);
    }
}
