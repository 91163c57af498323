package kg.mektep.birikme.api.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import kg.mektep.birikme.api.common.DocumentRef;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** Stored JSON of revision 1, exactly as the store held it, read as the current revision. */
class ChairElectedEventUpcasterTest {

    private static final String REVISION_1_JSON = """
            {"associationId":"ma-1","schoolId":"school-1","teacherId":"t-Өмүрбек","meetingDate":"2026-09-01"}""";

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    private IntermediateEventRepresentation stored(String type, String revision, String json) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Association", "ma-1", 3, "event-1",
                Instant.parse("2026-09-01T03:00:00Z"), type, revision, json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8)), serializer);
    }

    @Test
    void revisionOneIsReadAsRevisionTwoCitingNoProtocol() {
        List<IntermediateEventRepresentation> upcast = new ChairElectedEventUpcaster()
                .upcast(Stream.of(stored(ChairElectedEvent.class.getName(), "1", REVISION_1_JSON))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        SerializedObject<String> data = upcast.get(0).getData(String.class);
        assertThat(data.getData()).contains("\"protocol\":null").contains("t-Өмүрбек");
        ChairElectedEvent event = serializer.deserialize(data);
        assertThat(event).isEqualTo(new ChairElectedEvent("ma-1", "school-1", "t-Өмүрбек", LocalDate.of(2026, 9, 1), null));
    }

    @Test
    void revisionTwoAndOtherEventsPassUnchanged() {
        String revision2 = "{\"associationId\":\"ma-1\",\"schoolId\":\"school-1\",\"teacherId\":\"t-1\","
                + "\"meetingDate\":\"2026-09-01\",\"protocol\":{\"number\":\"1\",\"date\":\"2026-09-01\"}}";
        List<IntermediateEventRepresentation> upcast = new ChairElectedEventUpcaster().upcast(Stream.of(
                stored(ChairElectedEvent.class.getName(), "2", revision2),
                stored("kg.mektep.birikme.api.association.MemberAddedEvent", "1", "{}"))).toList();

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        ChairElectedEvent event = serializer.deserialize(upcast.get(0).getData(String.class));
        assertThat(event.protocol()).isEqualTo(new DocumentRef("1", LocalDate.of(2026, 9, 1)));
        assertThat(upcast.get(1).getType().getName()).endsWith("MemberAddedEvent");
        assertThat(upcast.get(1).getType().getRevision()).isEqualTo("1");
    }
}
