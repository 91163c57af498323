package kg.mektep.birikme.command.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

class TimeOrderedIdentifiersTest {

    @Test
    void axonTakesItsIdentifiersOfEventsFromTheTimeOrderedFactory() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifiers.class);
        String eventId = GenericEventMessage.asEventMessage("payload").getIdentifier();
        assertThat(UUID.fromString(eventId).version()).isEqualTo(7);
    }

    @Test
    void identifiersAreVersionSevenUuidsCarryingTheCurrentMillisecond() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIdentifiers.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
        // More than 4,096 identifiers in one millisecond borrow the next: allow for that.
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after + 1_000);
    }

    @Test
    void identifiersIncreaseStrictlyInTheirTextFormEvenWithinOneMillisecond() {
        TimeOrderedIdentifiers factory = new TimeOrderedIdentifiers();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(factory.generateIdentifier());
        }
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i)).as("identifier %d", i).isGreaterThan(ids.get(i - 1));
        }
    }

    @Test
    void identifiersTakenOnManyThreadsAreAllDistinct() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        seen.add(TimeOrderedIdentifiers.next().toString());
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(seen).hasSize(80_000);
    }

    @Test
    void theRandomPartDiffersBetweenIdentifiers() {
        Set<Long> randomParts = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            randomParts.add(TimeOrderedIdentifiers.next().getLeastSignificantBits());
        }
        assertThat(randomParts).hasSize(1_000);
    }
}
