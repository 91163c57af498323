package kg.mektep.birikme.command.axon;

import static kg.mektep.birikme.api.common.MetadataKeys.CAUSATION_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.CORRELATION_ID;

import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * The correlation id names the whole conversation (kept from the first message, usually the HTTP
 * request); the causation id names the one message that directly caused this one.
 */
class CorrelationAndCausationProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Object correlation = message.getMetaData().getOrDefault(CORRELATION_ID, message.getIdentifier());
        return Map.of(CORRELATION_ID, correlation, CAUSATION_ID, message.getIdentifier());
    }
}
