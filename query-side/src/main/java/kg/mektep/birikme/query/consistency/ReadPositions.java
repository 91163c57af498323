package kg.mektep.birikme.query.consistency;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.mektep.birikme.query.admin.Projections;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: a command answers with the global position of its last event; a read given
 * {@code ?after=position} runs with that position pending ({@link #within}), and each of its SQL
 * statements waits until the projections whose tables it reads have passed it ({@link #awaitTablesOf}):
 * a read of members waits for the projections of associations and staff, not for the event log's.
 * A statement naming a read-model table that no projection declares waits for every projection.
 * Reads of read models therefore go through the application's JdbcClient (an architecture test
 * holds the query side to it; the export of the event log waits for every projection instead).
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

    /** The metadata key of a query's position: its handler's reads wait for it (see ConsistentReadsConfig). */
    public static final String AFTER_METADATA = "birikme-read-after";

    public static final String AFTER_DOC =
            "Global event position from a command's answer: the read waits until the read models include it";

    private static final Pattern READ_MODEL_TABLE = Pattern.compile("\\brm_[a-z0-9_]+\\b", Pattern.CASE_INSENSITIVE);
    private static final Predicate<String> EVERY_PROCESSOR = name -> true;

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final Duration timeout;
    private final Map<String, String> tableOwners;
    private final ThreadLocal<Long> pending = new ThreadLocal<>();

    @Autowired
    ReadPositions(EventProcessingConfiguration processing, NamedParameterJdbcTemplate jdbc, Serializer serializer,
                  @Value("${birikme.read.await-timeout:10s}") Duration timeout, Projections projections) {
        this(processing, JdbcClient.create(jdbc), serializer, timeout, projections.tableOwners());
    }

    ReadPositions(EventProcessingConfiguration processing, JdbcClient jdbc, Serializer serializer, Duration timeout,
                  Map<String, String> tableOwners) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.timeout = timeout;
        this.tableOwners = Map.copyOf(tableOwners);
    }

    /**
     * Runs {@code read} with {@code position} pending on this thread: each statement it issues through
     * the application's JdbcClient first waits for the projections of the tables it reads. Null or
     * below 1 asks for nothing.
     */
    public <T, E extends Exception> T within(Long position, Read<T, E> read) throws E {
        Long before = pending.get();
        if (position == null || position < 1) {
            pending.remove();
        } else {
            pending.set(position);
        }
        try {
            return read.run();
        } finally {
            if (before == null) {
                pending.remove();
            } else {
                pending.set(before);
            }
        }
    }

    /** A read that {@link #within} runs. */
    @FunctionalInterface
    public interface Read<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * With a position pending on this thread ({@link #within}), returns once the projections that write
     * the read-model tables {@code sql} names include it; at once otherwise, and for a statement that
     * names none (the event store's own tables hold every event a command has answered).
     */
    public void awaitTablesOf(String sql) {
        Long position = pending.get();
        if (position == null) {
            return;
        }
        Set<String> groups = new HashSet<>();
        Matcher tables = READ_MODEL_TABLE.matcher(sql);
        while (tables.find()) {
            String owner = tableOwners.get(tables.group().toLowerCase(Locale.ROOT));
            if (owner == null) {
                await(position, EVERY_PROCESSOR);
                return;
            }
            groups.add(owner);
        }
        if (!groups.isEmpty()) {
            await(position, groups::contains);
        }
    }

    /** Returns once every projection includes the event at {@code position}; null or below 1 asks for nothing. */
    public void awaitIncluded(Long position) {
        if (position == null || position < 1) {
            return;
        }
        await(position, EVERY_PROCESSOR);
    }

    private void await(long position, Predicate<String> processorNames) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Look look;
        while (!(look = look(position, processorNames)).included()) {
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

    /** Whether the processor of that name has handled the event at {@code position}, without waiting; false for none. */
    public boolean handled(String processor, long position) {
        return processing.eventProcessors().containsKey(processor) && look(position, processor::equals).included();
    }

    /** Whether every projection includes {@code position}, and whether judging it took the token store. */
    Look look(long position) {
        return look(position, EVERY_PROCESSOR);
    }

    /** Whether the named processors include {@code position}, and whether judging it took the token store. */
    Look look(long position, Predicate<String> processorNames) {
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(processor -> processorNames.test(processor.getName())).toList();
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
