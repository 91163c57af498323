package kg.mektep.birikme.query.admin;

import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import kg.mektep.birikme.query.axon.PromptEventSource;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How far processors have come in the event log, and how far the log goes. */
@Component
class TokenPositions {

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final PromptEventSource events;

    TokenPositions(JdbcClient jdbc, Serializer serializer, PromptEventSource events) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.events = events;
    }

    /** The global position of the last event stored; 0 for an empty log. */
    long head() {
        Long head = position(events.createHeadToken());
        return head == null ? 0 : head;
    }

    /** Each segment's token as last committed, null for a segment that has none yet. */
    Map<Integer, TrackingToken> stored(String processor) {
        Map<Integer, TrackingToken> tokens = new TreeMap<>();
        jdbc.sql("SELECT segment, token, tokentype FROM tokenentry WHERE processorname = ?")
                .param(processor)
                .query(rs -> {
                    byte[] token = rs.getBytes(2);
                    String type = rs.getString(3);
                    tokens.put(rs.getInt(1), token == null || type == null ? null
                            : serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null)));
                });
        return tokens;
    }

    /**
     * The position every segment has passed: the lowest over the segments, each judged by its live
     * status where this process runs it, else by its stored token; null when there are no tokens.
     */
    Long position(String processor, Map<Integer, EventTrackerStatus> live) {
        Map<Integer, TrackingToken> tokens = stored(processor);
        if (tokens.isEmpty()) {
            return null;
        }
        long lowest = Long.MAX_VALUE;
        for (Map.Entry<Integer, TrackingToken> segment : tokens.entrySet()) {
            EventTrackerStatus status = live.get(segment.getKey());
            Long position = position(status != null ? status.getTrackingToken() : segment.getValue());
            lowest = Math.min(lowest, position == null ? 0 : position);
        }
        return lowest;
    }

    /** The global position a token stands at; null for no token. */
    static Long position(TrackingToken token) {
        TrackingToken lower = WrappedToken.unwrapLowerBound(token);
        OptionalLong position = lower == null ? OptionalLong.empty() : lower.position();
        return position.isPresent() ? position.getAsLong() : null;
    }
}
