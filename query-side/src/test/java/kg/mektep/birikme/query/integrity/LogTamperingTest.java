package kg.mektep.birikme.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import kg.mektep.birikme.query.integrity.Disagreement.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whatever is done to the stored events behind the service's back, the check names where and how. */
class LogTamperingTest {

    private TestLog log;

    @BeforeEach
    void sixEventsLinked() {
        log = TestLog.fresh();
        log.append(6);
        assertThat(log.chain.extend().position()).isEqualTo(6);
    }

    @Test
    void anUntouchedLogIsIntactUpToItsLastPositionWithItsCount() {
        LogIntegrity integrity = log.verification.verify();

        assertThat(integrity.intact()).isTrue();
        assertThat(integrity.position()).isEqualTo(6);
        assertThat(integrity.events()).isEqualTo(6);
        assertThat(integrity.unlinked()).isZero();
        assertThat(integrity.disagreement()).isNull();
    }

    @Test
    void oneChangedByteOfAPayloadIsAlteredAtItsPosition() {
        tamper("UPDATE domainevententry SET payload = set_byte(payload, 12, get_byte(payload, 12) # 1) WHERE globalindex = 4");

        assertBrokenAt(4, Kind.ALTERED);
    }

    @Test
    void changedMetadataIsAlteredAtItsPosition() {
        tamper("UPDATE domainevententry SET metadata = convert_to('{\"actorId\":\"башка\"}', 'UTF8') WHERE globalindex = 2");

        assertBrokenAt(2, Kind.ALTERED);
    }

    @Test
    void aDeletedEventIsMissingAtItsPosition() {
        tamper("DELETE FROM domainevententry WHERE globalindex = 3");

        assertBrokenAt(3, Kind.MISSING);
    }

    @Test
    void twoEventsThatSwappedPayloadsAndTypesAreReorderedAtTheFirst() {
        tamper("""
                UPDATE domainevententry e SET payload = o.payload, payloadtype = o.payloadtype
                FROM domainevententry o
                WHERE (e.globalindex = 2 AND o.globalindex = 5) OR (e.globalindex = 5 AND o.globalindex = 2)""");

        assertBrokenAt(2, Kind.REORDERED);
    }

    @Test
    void twoEventsThatSwappedPositionsAreReorderedAtTheFirst() {
        tamper("UPDATE domainevententry SET globalindex = -1 WHERE globalindex = 3");
        tamper("UPDATE domainevententry SET globalindex = 3 WHERE globalindex = 5");
        tamper("UPDATE domainevententry SET globalindex = 5 WHERE globalindex = -1");

        assertBrokenAt(3, Kind.REORDERED);
    }

    @Test
    void anEventSlippedIntoAPositionTheChainSteppedOverIsInserted() throws Exception {
        long gap;
        try (TestLog.Pending failed = log.pending()) {
            gap = failed.position;
            failed.rollback();
        }
        log.append(2);
        assertThat(log.chain.extend().position()).isEqualTo(gap + 2);

        tamper("INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, "
                + "payload, payloadtype, timestamp) SELECT " + gap + ", 'school-x', 0, 'School', 'slipped-in', payload, "
                + "payloadtype, timestamp FROM domainevententry WHERE globalindex = 1");

        assertBrokenAt(gap, Kind.INSERTED);
    }

    /** Below the first position the store hands out, an event would still be loaded by its aggregate: never unseen. */
    @Test
    void anEventPutBelowTheFirstPositionIsInserted() {
        tamper("INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, "
                + "payload, payloadtype, timestamp) SELECT -1, aggregateidentifier, sequencenumber + 100, type, 'forged', "
                + "payload, payloadtype, timestamp FROM domainevententry WHERE globalindex = 6");

        LogIntegrity integrity = log.verification.verify();

        assertThat(integrity.intact()).isFalse();
        assertThat(integrity.disagreement()).isEqualTo(new Disagreement(-1, Kind.INSERTED));
        assertThat(integrity.events()).isZero();
    }

    @Test
    void anEventPutAtTheLowestPositionThereIsIsInserted() {
        tamper("INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, "
                + "payload, payloadtype, timestamp) SELECT " + Long.MIN_VALUE + ", aggregateidentifier, sequencenumber + 100, "
                + "type, 'forged', payload, payloadtype, timestamp FROM domainevententry WHERE globalindex = 6");

        assertThat(log.verification.verify().disagreement()).isEqualTo(new Disagreement(Long.MIN_VALUE, Kind.INSERTED));
    }

    @Test
    void aLinkChangedInTheChainItselfDisagreesAtItsPosition() {
        tamper("UPDATE event_chain SET link = decode(repeat('ab', 32), 'hex') WHERE position = 5");

        assertBrokenAt(5, Kind.ALTERED);
    }

    @Test
    void aLogRewrittenTogetherWithItsChainLooksIntactToTheChainAlone() {
        tamper("UPDATE domainevententry SET payload = set_byte(payload, 12, get_byte(payload, 12) # 1) WHERE globalindex = 4");
        rebuildTheChain(log);

        // Only a checkpoint kept outside the database reveals this (CheckpointsTest).
        assertThat(log.verification.verify().intact()).isTrue();
    }

    /** What someone with write access to the database does after rewriting events: a chain to match. */
    static void rebuildTheChain(TestLog log) {
        log.jdbc.sql("DELETE FROM event_chain").update();
        log.jdbc.sql("UPDATE event_chain_head SET position = 0, link = ?").param(Links.GENESIS).update();
        log.chain.extend();
    }

    private void tamper(String sql) {
        log.jdbc.sql(sql).update();
    }

    private void assertBrokenAt(long position, Kind kind) {
        LogIntegrity integrity = log.verification.verify();

        assertThat(integrity.intact()).isFalse();
        assertThat(integrity.disagreement()).isEqualTo(new Disagreement(position, kind));
        assertThat(integrity.position()).as("intact up to").isLessThan(position);
        assertThat(integrity.events()).isEqualTo(log.jdbc.sql("SELECT count(*) FROM event_chain WHERE position < ?")
                .param(position).query(Long.class).single());
    }
}
