package kg.mektep.birikme.query.integrity;

import java.util.Arrays;
import kg.mektep.birikme.query.integrity.Disagreement.Kind;
import kg.mektep.birikme.query.log.Paged;
import org.springframework.stereotype.Component;

/** Recomputes the chain from the event table and holds it against the stored links. */
@Component
@OnJdbcEventStore
class ChainVerification {

    private static final int PAGE = 500;

    private final EventLog log;
    private final EventChain chain;

    ChainVerification(EventLog log, EventChain chain) {
        this.log = log;
        this.chain = chain;
    }

    /** The link and the number of events of the chain up to {@code position}, from the event table alone. */
    record Recomputed(byte[] link, long events) {
    }

    Recomputed recompute(long upTo) {
        Paged<StoredEvent> stored = new Paged<>(from -> log.between(from, upTo, PAGE), StoredEvent::position);
        byte[] link = Links.GENESIS;
        long events = 0;
        for (StoredEvent event = stored.peek(); event != null; stored.advance(), event = stored.peek()) {
            link = Links.next(link, event);
            events++;
        }
        return new Recomputed(link, events);
    }

    /** Extends the chain as far as the log is final, then walks events and links side by side. */
    LogIntegrity verify() {
        EventChain.Head head = chain.extend();
        long upTo = head.position();
        Paged<StoredEvent> stored = new Paged<>(from -> log.between(from, upTo, PAGE), StoredEvent::position);
        Paged<EventChain.Link> links = new Paged<>(from -> chain.between(from, upTo, PAGE), EventChain.Link::position);
        Walk walk = new Walk(upTo);
        while (true) {
            StoredEvent event = stored.peek();
            EventChain.Link expected = links.peek();
            if (event == null && expected == null) {
                break;
            }
            if (expected == null || (event != null && event.position() < expected.position())) {
                boolean linkedElsewhere = chain.positionOf(event.eventId()).isPresent();
                return walk.brokenAt(event.position(), linkedElsewhere ? Kind.REORDERED : Kind.INSERTED);
            }
            if (event == null || expected.position() < event.position()) {
                boolean storedElsewhere = log.positionOf(expected.eventId()).isPresent();
                return walk.brokenAt(expected.position(), storedElsewhere ? Kind.REORDERED : Kind.MISSING);
            }
            byte[] link = Links.next(walk.link, event);
            if (!Arrays.equals(link, expected.link())) {
                return walk.brokenAt(event.position(), changeAt(event, expected));
            }
            walk.agree(event.position(), link);
            stored.advance();
            links.advance();
        }
        if (walk.position != head.position()) {
            // The head names a last event that neither the table nor the chain holds any more.
            return walk.brokenAt(head.position(), Kind.MISSING);
        }
        if (!Arrays.equals(walk.link, head.link())) {
            return walk.brokenAt(head.position(), Kind.ALTERED);
        }
        return new LogIntegrity(true, walk.position, walk.events, Links.hex(walk.link), log.countAfter(upTo), null);
    }

    private Kind changeAt(StoredEvent event, EventChain.Link expected) {
        boolean anotherEvent = !event.eventId().equals(expected.eventId())
                && (chain.positionOf(event.eventId()).isPresent() || log.positionOf(expected.eventId()).isPresent());
        byte[] payload = event.payloadDigest();
        boolean anotherPayload = !Arrays.equals(payload, expected.payloadDigest())
                && chain.linksPayloadElsewhere(payload, event.position());
        return anotherEvent || anotherPayload ? Kind.REORDERED : Kind.ALTERED;
    }

    /** How far the events and the links agree. */
    private final class Walk {
        final long upTo;
        long position;
        long events;
        byte[] link = Links.GENESIS;

        Walk(long upTo) {
            this.upTo = upTo;
        }

        void agree(long at, byte[] newLink) {
            position = at;
            events++;
            link = newLink;
        }

        LogIntegrity brokenAt(long at, Kind kind) {
            return new LogIntegrity(false, position, events, Links.hex(link), log.countAfter(upTo),
                    new Disagreement(at, kind));
        }
    }
}
