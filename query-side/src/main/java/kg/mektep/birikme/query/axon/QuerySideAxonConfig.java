package kg.mektep.birikme.query.axon;

import java.time.Clock;
import java.time.Duration;
import kg.mektep.birikme.api.axon.UnitOfWorkTimeLimit;
import kg.mektep.birikme.api.upcasting.ChairElectedEventUpcaster;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QuerySideAxonConfig {

    /**
     * Every projection runs in a pooled streaming processor: events in batches, each batch's read
     * model changes and its token committed in one transaction of the same database, so a crash
     * neither loses nor doubles an update; replicas divide the segments through the token store.
     * The processors learn of new events at once ({@link PromptEventSource}); an idle one starts its
     * batch {@code birikme.projections.linger} later, so the events of that moment share it
     * ({@link LingeringWorkers}).
     *
     * <p>{@code birikme.projections.processors=axon-defaults} runs them instead as an Axon application
     * gets them when it configures nothing: tracking processors, one segment, batch size 1. It exists
     * for the benchmark's comparison, not for use.
     */
    @Autowired
    void pooledProjections(EventProcessingConfigurer configurer,
                           @Value("${birikme.projections.processors:pooled}") String processors,
                           @Value("${birikme.projections.batch-size:100}") int batchSize,
                           @Value("${birikme.projections.segments:4}") int segments,
                           @Value("${birikme.projections.linger:20ms}") Duration linger,
                           PromptEventSource events) {
        if (processors.equals("axon-defaults")) {
            configurer.usingTrackingEventProcessors();
            return;
        }
        if (!processors.equals("pooled")) {
            throw new IllegalArgumentException("birikme.projections.processors is pooled or axon-defaults, not "
                    + processors);
        }
        configurer.usingPooledStreamingEventProcessors((config, builder) -> builder
                .messageSource(events)
                .batchSize(batchSize)
                .initialSegmentCount(segments)
                .workerExecutor(name -> {
                    LingeringWorkers workers = LingeringWorkers.of(name, 4, linger);
                    config.onShutdown(workers::shutdown);
                    return workers;
                }));
    }

    /** Each batch of a projection and each read has the time limit of a unit of work. */
    @Autowired
    void timeLimits(EventProcessingConfigurer configurer, QueryBus queries) {
        configurer.registerDefaultHandlerInterceptor(
                (config, processor) -> UnitOfWorkTimeLimit.of("EventProcessor[" + processor + "]"));
        queries.registerHandlerInterceptor(UnitOfWorkTimeLimit.of("QueryBus"));
    }

    /**
     * The event serializer that Axon configures (Jackson) keeps its readers per type: see
     * {@link CachedReaders}. Static, so that it is ready before the serializer is made.
     */
    @Bean
    static BeanPostProcessor eventSerializerWithCachedReaders() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return "eventSerializer".equals(beanName) && bean instanceof JacksonSerializer jackson
                        ? new CachedReaders(jackson) : bean;
            }
        };
    }

    /**
     * Old revisions of events are read in their current shape (the command side registers the same).
     * In a class of its own: Axon collects the upcasters while it makes its configuration, and a
     * configuration class with upcasters is made then, before the event store and the query bus
     * that the methods above take.
     */
    @Configuration(proxyBeanMethods = false)
    static class Upcasters {

        @Bean
        @ConditionalOnMissingBean
        ChairElectedEventUpcaster chairElectedEventUpcaster() {
            return new ChairElectedEventUpcaster();
        }
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
