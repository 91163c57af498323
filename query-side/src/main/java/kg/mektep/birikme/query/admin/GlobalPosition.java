package kg.mektep.birikme.query.admin;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * Where a handled event stands in the log, as a value of the statement that records it: {@link #sql()}
 * goes where the position belongs in the statement, {@link #value()} among its parameters there.
 *
 * <p>A global sequence token (Axon Server) is the event's own position. The JDBC store's gap-aware
 * token is the highest position its reader has seen: an event whose transaction committed after a
 * later one's fills a gap and arrives with that later event's position. There the statement takes
 * the position from the stored event, by its identifier, in the same round trip.
 */
public record GlobalPosition(String sql, Object value) {

    private static final String STORED = "(SELECT globalindex FROM domainevententry WHERE eventidentifier = ?)";

    public static GlobalPosition of(EventMessage<?> message, TrackingToken token) {
        if (WrappedToken.unwrap(token, GapAwareTrackingToken.class).isPresent()) {
            return new GlobalPosition(STORED, message.getIdentifier());
        }
        return new GlobalPosition("?", token.position().orElseThrow(() ->
                new IllegalStateException("No global position for event " + message.getIdentifier())));
    }
}
