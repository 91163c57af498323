package kg.mektep.birikme.command.axon;

import java.time.Clock;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the command side reads the time (sessions, locks, the timestamps of events); tests put a
 * clock of their own here.
 */
@Configuration(proxyBeanMethods = false)
class CommandSideClock {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Events are stamped by Axon's clock, a static field: it follows this application's clock while it runs. */
    @Bean
    EventTimestamps eventTimestamps(Clock clock) {
        return new EventTimestamps(clock);
    }

    static final class EventTimestamps implements InitializingBean, DisposableBean {

        private final Clock clock;
        private Clock previous;

        EventTimestamps(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void afterPropertiesSet() {
            previous = GenericEventMessage.clock;
            GenericEventMessage.clock = clock;
        }

        @Override
        public void destroy() {
            GenericEventMessage.clock = previous;
        }
    }
}
