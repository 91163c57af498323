package kg.mektep.birikme.command.axon;

import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
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
 * details survive. An unknown target aggregate is a refusal too: not found. So is the identifier
 * of an aggregate of another kind (an association's sent with a plan's command): its events do not
 * make the aggregate the command is for, or, when it is held in memory, it has no handler for the
 * command; either way nothing was applied, and the command's target does not exist.
 */
class RefusalInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(RefusalInterceptor.class);
    private static final CachedCommandTargets TARGETS = new CachedCommandTargets();

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
            throw notFound(e.getAggregateIdentifier());
        } catch (IncompatibleAggregateException | NoHandlerForCommandException e) {
            // The bus found the command's handler before this chain began, so here neither can mean a
            // missing handler: the aggregate loaded under the target's identifier is of another kind.
            throw notFound(TARGETS.resolveTarget(unitOfWork.getMessage()).getIdentifier());
        }
    }

    private static CommandExecutionException notFound(Object aggregateIdentifier) {
        RuleViolationException refusal = new RuleViolationException(Refusal.NOT_FOUND, aggregateIdentifier);
        return new CommandExecutionException(refusal.getMessage(), refusal, refusal.details());
    }
}
