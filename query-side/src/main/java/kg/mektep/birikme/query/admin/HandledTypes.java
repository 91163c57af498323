package kg.mektep.birikme.query.admin;

import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;

/**
 * A projection's handlers, with the answer to "does it handle this payload type?" remembered per
 * type. A processor asks it of every event in the log, and the handlers answer by walking all their
 * methods each time; a rebuild reads the whole log, where most events are of types the projection
 * does not handle. An event of a type it does not handle is refused without asking the handlers.
 */
final class HandledTypes implements EventHandlerInvoker {

    private final EventHandlerInvoker handlers;
    private final ClassValue<Boolean> handled = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> payloadType) {
            return handlers.canHandleType(payloadType);
        }
    };

    HandledTypes(EventHandlerInvoker handlers) {
        this.handlers = handlers;
    }

    @Override
    public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
        return canHandleType(eventMessage.getPayloadType()) && handlers.canHandle(eventMessage, segment);
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return handled.get(payloadType);
    }

    @Override
    public void handle(EventMessage<?> message, Segment segment) throws Exception {
        handlers.handle(message, segment);
    }

    @Override
    public boolean supportsReset() {
        return handlers.supportsReset();
    }

    @Override
    public void performReset() {
        handlers.performReset();
    }

    @Override
    public <R> void performReset(R resetContext) {
        handlers.performReset(resetContext);
    }

    @Override
    public void segmentReleased(Segment segment) {
        handlers.segmentReleased(segment);
    }
}
