package kg.mektep.birikme.api.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Revision 1 of {@link ChairElectedEvent} had no protocol: it is read as revision 2 with none cited.
 * Both sides register it, so every reader of the store sees one shape.
 */
public final class ChairElectedEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ChairElectedEvent.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcast(new SimpleSerializedType(ChairElectedEvent.class.getName(), "2"), JsonNode.class,
                node -> {
                    ((ObjectNode) node).putNull("protocol");
                    return node;
                }, Function.identity());
    }
}
