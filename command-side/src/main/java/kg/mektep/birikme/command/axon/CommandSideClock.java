package kg.mektep.birikme.command.axon;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the command side reads the time (sessions, locks); tests put a clock of their own here. */
@Configuration(proxyBeanMethods = false)
class CommandSideClock {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
