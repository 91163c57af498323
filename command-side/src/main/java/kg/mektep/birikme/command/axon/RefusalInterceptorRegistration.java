package kg.mektep.birikme.command.axon;

import kg.mektep.birikme.command.security.CommandAuthority;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Apart from the correlation providers, which the command bus itself depends on. */
@Component
class RefusalInterceptorRegistration {

    /** Outermost the refusal translation, so that an authority refusal crosses the bus as details too. */
    @Autowired
    void refusalsCrossTheBusAsDetails(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new RefusalInterceptor());
        commandBus.registerHandlerInterceptor(new CommandAuthority());
    }
}
