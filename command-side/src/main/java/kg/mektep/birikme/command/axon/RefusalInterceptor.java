package kg.mektep.birikme.command.axon;

import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a refusal into a command execution exception whose details carry the code, so that the
 * sender learns why even when the command crossed a distributed bus (Axon Server), where only
 * details survive. An unknown target aggregate is a refusal too: not found.
 */
class RefusalInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(RefusalInterceptor.class);

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RuleViolationException e) {
            // The bus-level authority check logs its own refusals; these are the aggregates' (chair, member, own plan).
            if (e.refusal().status() == 403 && e.refusal() != Refusal.ROLE_NOT_ALLOWED) {
                MetaData metaData = unitOfWork.getMessage().getMetaData();
                log.warn("Refused {} ({}) to user {} with roles {} of school {} for school {}",
                        unitOfWork.getMessage().getCommandName(), e.refusal(), metaData.get(MetadataKeys.ACTOR_ID),
                        metaData.get(MetadataKeys.ACTOR_ROLE), metaData.get(MetadataKeys.ACTOR_SCHOOL_ID),
                        metaData.get(MetadataKeys.SCHOOL_ID));
            }
            throw new CommandExecutionException(e.getMessage(), e, e.details());
        } catch (AggregateNotFoundException e) {
            RuleViolationException refusal = new RuleViolationException(Refusal.NOT_FOUND, e.getAggregateIdentifier());
            throw new CommandExecutionException(refusal.getMessage(), refusal, refusal.details());
        }
    }
}
