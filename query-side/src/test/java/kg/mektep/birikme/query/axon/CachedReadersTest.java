package kg.mektep.birikme.query.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kg.mektep.birikme.api.association.MemberAddedEvent;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;

class CachedReadersTest {

    private final JacksonSerializer jackson = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
    private final CachedReaders cached = new CachedReaders(jackson);

    @Test
    void readsPayloadsAndMetaDataAsTheSerializerDoesAgainAndAgain() {
        MemberAddedEvent event = new MemberAddedEvent("бирикме-1", "мектеп-ң", "мугалим-өү");
        SerializedObject<byte[]> payload = jackson.serialize(event, byte[].class);
        MetaData metaData = MetaData.with("actorId", "Нурбек Үсөнов").and("schoolId", "мектеп-ң");
        SerializedObject<byte[]> meta = jackson.serialize(metaData, byte[].class);

        for (int i = 0; i < 3; i++) {
            Object read = cached.deserialize(payload);
            assertThat(read).isEqualTo(event).isEqualTo(jackson.deserialize(payload));
            MetaData readMeta = cached.deserialize(meta);
            assertThat(readMeta).isEqualTo(metaData);
        }
        assertThat(cached.classForType(payload.getType())).isEqualTo(MemberAddedEvent.class);
    }

    @Test
    void aClassIsLookedUpOncePerTypeAndAnUnknownOneEachTime() {
        AtomicInteger lookups = new AtomicInteger();
        JacksonSerializer counting = new JacksonSerializer(JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().findAndRegisterModules())) {
            @Override
            @SuppressWarnings("rawtypes")
            public Class classForType(SerializedType type) {
                lookups.incrementAndGet();
                return super.classForType(type);
            }
        };
        CachedReaders reads = new CachedReaders(counting);
        SerializedObject<byte[]> payload = counting.serialize(new MemberAddedEvent("a", "s", "t"), byte[].class);
        for (int i = 0; i < 5; i++) {
            assertThat((Object) reads.deserialize(payload)).isEqualTo(new MemberAddedEvent("a", "s", "t"));
        }
        assertThat(lookups).hasValue(1);

        SerializedType unknown = new SimpleSerializedType("kg.mektep.birikme.api.NoSuchEvent", null);
        reads.classForType(unknown);
        reads.classForType(unknown);
        assertThat(lookups).hasValue(3);
    }

    @Test
    void anUnknownTypeOrAnotherRepresentationIsTheSerializersAffair() {
        SerializedObject<byte[]> unknown = new SimpleSerializedObject<>("{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                byte[].class, new SimpleSerializedType("kg.mektep.birikme.api.NoSuchEvent", null));
        assertThat(cached.classForType(unknown.getType())).isEqualTo(UnknownSerializedType.class);
        assertThat((Object) cached.deserialize(unknown)).isInstanceOf(UnknownSerializedType.class);

        SerializedObject<JsonNode> tree = jackson.serialize(new MemberAddedEvent("a", "s", "t"), JsonNode.class);
        assertThat((Object) cached.deserialize(tree)).isEqualTo(new MemberAddedEvent("a", "s", "t"));
    }

    @Test
    void writingIsTheSerializersOwn() {
        MemberAddedEvent event = new MemberAddedEvent("a", "s", "t");
        assertThat(cached.serialize(event, byte[].class).getData()).isEqualTo(jackson.serialize(event, byte[].class).getData());
        assertThat(cached.typeForClass(MemberAddedEvent.class)).isEqualTo(jackson.typeForClass(MemberAddedEvent.class));
        assertThat(cached.canSerializeTo(JsonNode.class)).isTrue();
        assertThat(cached.getConverter()).isSameAs(jackson.getConverter());
    }

    @Test
    void onlyTheEventSerializerIsWrapped() {
        BeanPostProcessor wrapper = QuerySideAxonConfig.eventSerializerWithCachedReaders();
        assertThat(wrapper.postProcessAfterInitialization(jackson, "eventSerializer")).isInstanceOf(CachedReaders.class);
        assertThat(wrapper.postProcessAfterInitialization(jackson, "messageSerializer")).isSameAs(jackson);
        Object other = Map.of();
        assertThat(wrapper.postProcessAfterInitialization(other, "eventSerializer")).isSameAs(other);
    }
}
