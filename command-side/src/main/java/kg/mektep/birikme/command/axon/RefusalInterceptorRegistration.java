package kg.mektep.birikme.command.axon;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Apart from the correlation providers, which the command bus itself depends on. */
@Component
class RefusalInterceptorRegistration {

    @Autowired
    void refusalsCrossTheBusAsDetails(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new RefusalInterceptor());
    }
}
