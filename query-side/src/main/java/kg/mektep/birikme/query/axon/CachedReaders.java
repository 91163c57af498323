package kg.mektep.birikme.query.axon;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The event serializer with its readers kept: Axon's {@link JacksonSerializer} looks a payload's
 * class up by name and builds an {@link ObjectReader} for it on every event it deserializes, which
 * every projection, catch-up, rebuild and state as of a date does for each event it reads. Here
 * both are kept per type; the reading itself is the serializer's own (its {@code ObjectMapper},
 * with the modules it registered). Whatever is not a payload in bytes of a known class (an unknown
 * type, a {@code JsonNode}) and all writing go to the serializer itself.
 */
final class CachedReaders implements Serializer {

    private final JacksonSerializer serializer;
    private final Map<SerializedType, Class<?>> classes = new ConcurrentHashMap<>();
    private final ClassValue<ObjectReader> readers = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return serializer.getObjectMapper().readerFor(type);
        }
    };

    CachedReaders(JacksonSerializer serializer) {
        this.serializer = serializer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (serializedObject.getContentType() != byte[].class
                || SerializedType.emptyType().equals(serializedObject.getType())) {
            return serializer.deserialize(serializedObject);
        }
        Class<?> type = classForType(serializedObject.getType());
        if (UnknownSerializedType.class.isAssignableFrom(type)) {
            return serializer.deserialize(serializedObject);
        }
        try {
            return (T) readers.get(type).readValue((byte[]) serializedObject.getData());
        } catch (IOException e) {
            throw new SerializationException("Error while deserializing object", e);
        }
    }

    /** The class of a type, kept once found; an unknown type is asked again (its class may come later). */
    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        Class<?> known = classes.get(type);
        if (known != null) {
            return known;
        }
        Class<?> found = serializer.classForType(type);
        if (!UnknownSerializedType.class.isAssignableFrom(found)) {
            classes.put(type, found);
        }
        return found;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        return serializer.serialize(object, expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return serializer.canSerializeTo(expectedRepresentation);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return serializer.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return serializer.getConverter();
    }
}
