package kg.mektep.birikme.command.axon;

import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Turns a refusal into a command execution exception whose details carry the code, so that the
 * sender learns why even when the command crossed a distributed bus (Axon Server), where only
 * details survive. An unknown target aggregate is a refusal too: not found.
 */
class RefusalInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RuleViolationException e) {
            throw new CommandExecutionException(e.getMessage(), e, e.details());
        } catch (AggregateNotFoundException e) {
            RuleViolationException refusal = new RuleViolationException(Refusal.NOT_FOUND, e.getAggregateIdentifier());
            throw new CommandExecutionException(refusal.getMessage(), refusal, refusal.details());
        }
    }
}
