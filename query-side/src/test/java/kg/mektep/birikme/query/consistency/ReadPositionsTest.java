package kg.mektep.birikme.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
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
}
