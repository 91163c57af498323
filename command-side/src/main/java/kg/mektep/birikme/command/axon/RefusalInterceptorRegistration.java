package kg.mektep.birikme.command.axon;

import kg.mektep.birikme.api.axon.UnitOfWorkTimeLimit;
import kg.mektep.birikme.command.security.CommandAuthority;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Apart from the correlation providers, which the command bus itself depends on. */
@Component
class RefusalInterceptorRegistration {

    /** Outermost the time limit of each command's unit of work, then the refusal translation. */
    @Autowired
    void refusalsCrossTheBusAsDetails(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(UnitOfWorkTimeLimit.of("CommandBus"));
        commandBus.registerHandlerInterceptor(new RefusalInterceptor());
        commandBus.registerHandlerInterceptor(new CommandAuthority());
    }
}
