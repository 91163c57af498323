package kg.mektep.birikme.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

class ReadPositionsTest {

    @Test
    void aTokenAtOrPastThePositionIncludesIt() {
        assertThat(ReadPositions.covers(GapAwareTrackingToken.newInstance(10, List.of()), 10)).isTrue();
        assertThat(ReadPositions.covers(GapAwareTrackingToken.newInstance(12, List.of()), 10)).isTrue();
        assertThat(ReadPositions.covers(GapAwareTrackingToken.newInstance(9, List.of()), 10)).isFalse();
    }

    @Test
    void aPositionStillInTheGapsIsNotIncluded() {
        assertThat(ReadPositions.covers(GapAwareTrackingToken.newInstance(12, List.of(10L)), 10)).isFalse();
        assertThat(ReadPositions.covers(GapAwareTrackingToken.newInstance(12, List.of(11L)), 10)).isTrue();
    }

    @Test
    void noTokenYetIncludesNothing() {
        assertThat(ReadPositions.covers(null, 1)).isFalse();
    }

    @Test
    void duringAReplayTheCurrentPositionCounts() {
        var replay = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(100), new GlobalSequenceTrackingToken(5));
        assertThat(ReadPositions.covers(replay, 5)).isTrue();
        assertThat(ReadPositions.covers(replay, 50)).isFalse();
    }

    @Test
    void aProcessorWhoseSegmentsAllRunHereIsJudgedWithoutTheTokenStore() {
        // Nothing stored yet for the processor: only its live segments can say where it stands.
        JdbcClient jdbc = ReadModelDatabase.fresh();
        ReadPositions positions = positions(jdbc, Map.of(0, status(Segment.ROOT_SEGMENT, 12)));

        assertThat(positions.look(10)).isEqualTo(new ReadPositions.Look(true, false));
        assertThat(positions.look(13)).isEqualTo(new ReadPositions.Look(false, false));
    }

    @Test
    void aProcessorWithSegmentsElsewhereIsJudgedByTheirStoredTokensToo() {
        JdbcClient jdbc = ReadModelDatabase.fresh();
        Segment[] halves = Segment.ROOT_SEGMENT.split();
        ReadPositions positions = positions(jdbc, Map.of(0, status(halves[0], 12)));
        // No token stored for the other half: the read waits.
        assertThat(positions.look(10)).isEqualTo(new ReadPositions.Look(false, true));

        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        for (int segment : new int[] {0, 1}) {
            var token = serializer.serialize(GapAwareTrackingToken.newInstance(segment == 0 ? 3 : 11, List.of()), byte[].class);
            jdbc.sql("INSERT INTO tokenentry (processorname, segment, token, tokentype) VALUES ('projection', ?, ?, ?)")
                    .params(segment, token.getData(), token.getType().getName()).update();
        }
        // The segment run here counts by its live position (12), not the one it stored (3).
        assertThat(positions.look(10)).isEqualTo(new ReadPositions.Look(true, true));
        assertThat(positions.look(12)).isEqualTo(new ReadPositions.Look(false, true));
    }

    @Test
    void aStatementWaitsOnlyForTheProjectionsOfTheTablesItReads() {
        ReadPositions positions = associationsAheadOfTheLog();

        assertThat(read(positions, 10L, "SELECT m.teacher_id FROM rm_association a JOIN RM_ASSOCIATION_MEMBER m USING (association_id)"))
                .isEqualTo(10L);
        assertThatThrownBy(() -> read(positions, 10L, "SELECT count(*) FROM rm_event_log"))
                .isInstanceOf(ReadModelBehindException.class);
    }

    @Test
    void aJoinWaitsForTheProjectionOfEveryTableItNames() {
        ReadPositions positions = associationsAheadOfTheLog();
        String joined = "SELECT * FROM rm_association a JOIN rm_event_log l ON l.association_id = a.association_id";

        assertThatThrownBy(() -> read(positions, 10L, joined)).isInstanceOf(ReadModelBehindException.class);
        assertThat(read(positions, 5L, joined)).isEqualTo(5L);
    }

    @Test
    void aTableNoProjectionDeclaresWaitsForEveryProjection() {
        ReadPositions positions = associationsAheadOfTheLog();

        assertThatThrownBy(() -> read(positions, 10L, "SELECT * FROM rm_somewhere_new"))
                .isInstanceOf(ReadModelBehindException.class);
        // The event store's own tables hold every answered event: no wait.
        assertThat(read(positions, 10L, "SELECT payload FROM domainevententry WHERE globalindex > ?")).isEqualTo(10L);
    }

    @Test
    void onlyAStatementOfAReadWithAPositionWaits() {
        ReadPositions positions = associationsAheadOfTheLog();
        String log = "SELECT count(*) FROM rm_event_log";

        positions.awaitTablesOf(log);
        assertThat(read(positions, null, log)).isNull();
        // A nested read without a position leaves the outer one's in place once it ends.
        assertThatThrownBy(() -> positions.within(10L, () -> {
            read(positions, null, log);
            positions.awaitTablesOf(log);
            return "outer";
        })).isInstanceOf(ReadModelBehindException.class);
        positions.awaitTablesOf(log);
    }

    /** Runs one statement's wait with {@code position} pending; answers the position once it may run. */
    private static Long read(ReadPositions positions, Long position, String sql) {
        return positions.within(position, () -> {
            positions.awaitTablesOf(sql);
            return position;
        });
    }

    @Test
    void segmentsCoverTheWholeOnlyTogether() {
        Segment[] halves = Segment.ROOT_SEGMENT.split();
        Segment[] quarters = halves[1].split();
        assertThat(ReadPositions.allSegmentsIn(List.of(status(Segment.ROOT_SEGMENT, 1)))).isTrue();
        assertThat(ReadPositions.allSegmentsIn(List.of(status(halves[0], 1), status(halves[1], 1)))).isTrue();
        assertThat(ReadPositions.allSegmentsIn(List.of(status(halves[0], 1), status(quarters[0], 1), status(quarters[1], 1))))
                .isTrue();
        assertThat(ReadPositions.allSegmentsIn(List.of(status(halves[0], 1), status(quarters[1], 1)))).isFalse();
        assertThat(ReadPositions.allSegmentsIn(List.of(status(quarters[0], 1)))).isFalse();
        assertThat(ReadPositions.allSegmentsIn(List.of())).isFalse();
    }

    @Test
    void whetherOneProcessorHasHandledAPositionIsToldWithoutWaitingAndWithoutTheOthers() {
        ReadPositions positions = associationsAheadOfTheLog();

        assertThat(positions.handled("event-log", 5)).isTrue();
        assertThat(positions.handled("event-log", 6)).isFalse();
        assertThat(positions.handled("associations", 12)).isTrue();
        assertThat(positions.handled("associations", 13)).isFalse();
        assertThat(positions.handled("no-such-projection", 1)).isFalse();
    }

    private static ReadPositions positions(JdbcClient jdbc, Map<Integer, EventTrackerStatus> live) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.getName()).thenReturn("projection");
        when(processor.processingStatus()).thenReturn(live);
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.of("projection", (EventProcessor) processor));
        return new ReadPositions(processing, jdbc, JacksonSerializer.defaultSerializer(), Duration.ofSeconds(1), Map.of());
    }

    /** Associations' projection at 12, the event log's at 5; a wait gives up after 100 ms. */
    private static ReadPositions associationsAheadOfTheLog() {
        Map<String, EventProcessor> processors = Map.of(
                "associations", processor("associations", 12), "event-log", processor("event-log", 5));
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(processors);
        return new ReadPositions(processing, mock(JdbcClient.class), JacksonSerializer.defaultSerializer(), Duration.ofMillis(100),
                Map.of("rm_association", "associations", "rm_association_member", "associations", "rm_event_log", "event-log"));
    }

    private static EventProcessor processor(String name, long position) {
        Map<Integer, EventTrackerStatus> live = Map.of(0, status(Segment.ROOT_SEGMENT, position));
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.getName()).thenReturn(name);
        when(processor.processingStatus()).thenReturn(live);
        return processor;
    }

    private static EventTrackerStatus status(Segment segment, long position) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getSegment()).thenReturn(segment);
        when(status.getTrackingToken()).thenReturn(GapAwareTrackingToken.newInstance(position, List.of()));
        return status;
    }
}
