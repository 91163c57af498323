package kg.mektep.birikme.query.consistency;

import java.time.Duration;
import java.util.Collection;
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
 * by another replica by the token it stored. A processor whose segments all run here is judged
 * without reading the token store, so a waiting read looks again every {@value #LOOK_AGAIN_MS} ms
 * at no cost to the database (it looks every {@value #LOOK_AGAIN_STORED_MS} ms while it must read
 * stored tokens). A projection being rebuilt counts as ever: its own
 * processor keeps its live tables current while the new copy is built aside, so a read never
 * waits for a rebuild, of its projection or another (see the admin package's ProjectionRebuilds).
 */
@Component
public class ReadPositions {

    static final long LOOK_AGAIN_MS = 2;
    static final long LOOK_AGAIN_STORED_MS = 10;

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
        Look look;
        while (!(look = look(position)).included()) {
            if (System.nanoTime() > deadline) {
                throw new ReadModelBehindException(position);
            }
            try {
                Thread.sleep(look.readStoredTokens() ? LOOK_AGAIN_STORED_MS : LOOK_AGAIN_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReadModelBehindException(position);
            }
        }
    }

    /** Whether the read models include {@code position}, and whether judging it took the token store. */
    Look look(long position) {
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        boolean readStored = false;
        for (StreamingEventProcessor processor : processors) {
            Map<Integer, EventTrackerStatus> live = processor.processingStatus();
            if (allSegmentsIn(live.values())) {
                if (!live.values().stream().allMatch(status -> covers(status.getTrackingToken(), position))) {
                    return new Look(false, readStored);
                }
            } else {
                readStored = true;
                if (!includes(processor, live, position)) {
                    return new Look(false, true);
                }
            }
        }
        return new Look(true, readStored);
    }

    record Look(boolean included, boolean readStoredTokens) {
    }

    /**
     * Whether these statuses, of segments of one processor that this process runs, cover the whole
     * of its events: segments are disjoint, and a segment of mask {@code m} takes 1/(m+1) of them.
     */
    static boolean allSegmentsIn(Collection<EventTrackerStatus> live) {
        if (live.isEmpty()) {
            return false;
        }
        long finest = live.stream().mapToLong(status -> status.getSegment().getMask() + 1L).max().orElseThrow();
        long parts = live.stream().mapToLong(status -> finest / (status.getSegment().getMask() + 1L)).sum();
        return parts == finest;
    }

    private boolean includes(StreamingEventProcessor processor, Map<Integer, EventTrackerStatus> live, long position) {
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
