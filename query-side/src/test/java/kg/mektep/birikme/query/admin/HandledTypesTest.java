package kg.mektep.birikme.query.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.Test;

/** A rebuild's handlers are asked once per payload type whether they handle it, and never about events of other types. */
class HandledTypesTest {

    private final List<String> asked = new ArrayList<>();
    private final List<Object> handled = new ArrayList<>();
    private final EventHandlerInvoker strings = new EventHandlerInvoker() {
        @Override
        public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
            asked.add("canHandle " + eventMessage.getPayload());
            return segment.matches(eventMessage.getPayload());
        }

        @Override
        public boolean canHandleType(Class<?> payloadType) {
            asked.add("canHandleType " + payloadType.getSimpleName());
            return payloadType == String.class;
        }

        @Override
        public void handle(EventMessage<?> message, Segment segment) {
            handled.add(message.getPayload());
        }
    };

    @Test
    void eachTypeIsAskedOnceAndEventsOfOtherTypesAreRefusedWithoutAsking() throws Exception {
        HandledTypes handledTypes = new HandledTypes(strings);

        assertThat(handledTypes.canHandle(GenericEventMessage.asEventMessage(42), Segment.ROOT_SEGMENT)).isFalse();
        assertThat(handledTypes.canHandle(GenericEventMessage.asEventMessage(43), Segment.ROOT_SEGMENT)).isFalse();
        assertThat(handledTypes.canHandleType(Integer.class)).isFalse();
        assertThat(handledTypes.canHandle(GenericEventMessage.asEventMessage("Ңөү"), Segment.ROOT_SEGMENT)).isTrue();
        assertThat(handledTypes.canHandle(GenericEventMessage.asEventMessage("ө"), Segment.ROOT_SEGMENT)).isTrue();
        assertThat(handledTypes.canHandleType(String.class)).isTrue();

        assertThat(asked).containsExactly("canHandleType Integer", "canHandleType String", "canHandle Ңөү",
                "canHandle ө");
    }

    @Test
    void anEventOfAHandledTypeIsLeftToTheHandlersSegmentAndHandledByThem() throws Exception {
        HandledTypes handledTypes = new HandledTypes(strings);
        Segment[] halves = Segment.ROOT_SEGMENT.split();
        EventMessage<?> event = GenericEventMessage.asEventMessage("Ңөү");
        Segment own = halves[0].matches("Ңөү") ? halves[0] : halves[1];
        Segment other = own == halves[0] ? halves[1] : halves[0];

        assertThat(handledTypes.canHandle(event, own)).isTrue();
        assertThat(handledTypes.canHandle(event, other)).isFalse();
        handledTypes.handle(event, own);

        assertThat(handled).containsExactly("Ңөү");
    }
}
