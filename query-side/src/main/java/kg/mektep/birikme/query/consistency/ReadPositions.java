package kg.mektep.birikme.query.consistency;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: a command answers with the global position of its last event; a read given
 * {@code ?after=position} waits until every streaming processor of the read side has passed it.
 * Segments this process runs are judged by their live status, which moves at once; segments run
 * by another replica by the token it stored. A projection being rebuilt counts as ever: its own
 * processor keeps its live tables current while the new copy is built aside, so a read never
 * waits for a rebuild, of its projection or another (see the admin package's ProjectionRebuilds).
 */
@Component
public class ReadPositions {

    public static final String AFTER_DOC =
            "Global event position from a command's answer: the read waits until the read models include it";

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final Duration timeout;

    ReadPositions(EventProcessingConfiguration processing, JdbcClient jdbc, Serializer serializer,
                  @Value("${birikme.read.await-timeout:10s}") Duration timeout) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.timeout = timeout;
    }

    /** Returns once the read models include the event at {@code position}; null or below 1 asks for nothing. */
    public void awaitIncluded(Long position) {
        if (position == null || position < 1) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!includes(position)) {
            if (System.nanoTime() > deadline) {
                throw new ReadModelBehindException(position);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReadModelBehindException(position);
            }
        }
    }

    boolean includes(long position) {
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        return processors.stream().allMatch(processor -> includes(processor, position));
    }

    private boolean includes(StreamingEventProcessor processor, long position) {
        Map<Integer, EventTrackerStatus> live = processor.processingStatus();
        List<StoredToken> stored = jdbc.sql("SELECT segment, token, tokentype FROM tokenentry WHERE processorname = ?")
                .param(processor.getName())
                .query((rs, n) -> new StoredToken(rs.getInt(1), rs.getBytes(2), rs.getString(3)))
                .list();
        if (stored.isEmpty()) {
            return false;
        }
        return stored.stream().allMatch(token -> {
            EventTrackerStatus status = live.get(token.segment());
            TrackingToken current = status != null ? status.getTrackingToken() : token.deserialize(serializer);
            return covers(current, position);
        });
    }

    public static boolean covers(TrackingToken token, long position) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current == null) {
            return false;
        }
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return current.position().orElse(-1) >= position;
    }

    private record StoredToken(int segment, byte[] token, String type) {
        TrackingToken deserialize(Serializer serializer) {
            if (token == null || type == null) {
                return null;
            }
            return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        }
    }
}
