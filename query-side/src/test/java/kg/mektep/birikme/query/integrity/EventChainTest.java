package kg.mektep.birikme.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventChainTest {

    private TestLog log;

    @BeforeEach
    void freshLog() {
        log = TestLog.fresh();
    }

    @Test
    void everyStoredEventIsLinkedInPositionOrder() {
        log.append(5);

        EventChain.Head head = log.chain.extend();

        assertThat(head.position()).isEqualTo(5);
        assertThat(log.linkedPositions()).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void theLinkIsTheDocumentedHashOfTheRowsAsStored() throws Exception {
        log.append(3);

        EventChain.Head head = log.chain.extend();

        byte[] link = new byte[32];
        for (Map<String, Object> row : log.jdbc.sql("SELECT * FROM domainevententry ORDER BY globalindex").query().listOfRows()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(link);
            field(sha256, ByteBuffer.allocate(8).putLong((Long) row.get("globalindex")).array());
            for (String text : List.of("eventidentifier", "aggregateidentifier")) {
                field(sha256, ((String) row.get(text)).getBytes(StandardCharsets.UTF_8));
            }
            field(sha256, ByteBuffer.allocate(8).putLong((Long) row.get("sequencenumber")).array());
            for (String text : List.of("type", "payloadtype", "payloadrevision", "timestamp")) {
                Object value = row.get(text);
                field(sha256, value == null ? null : ((String) value).getBytes(StandardCharsets.UTF_8));
            }
            field(sha256, (byte[]) row.get("payload"));
            field(sha256, (byte[]) row.get("metadata"));
            link = sha256.digest();
        }
        assertThat(HexFormat.of().formatHex(head.link())).isEqualTo(HexFormat.of().formatHex(link));
        assertThat(new String((byte[]) log.jdbc.sql("SELECT payload FROM domainevententry WHERE globalindex = 2")
                .query().singleValue(), StandardCharsets.UTF_8)).contains("№2 Ноокат орто мектеби");
    }

    private static void field(MessageDigest sha256, byte[] value) {
        sha256.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            sha256.update(value);
        }
    }

    @Test
    void extendingAgainLinksOnlyWhatCameSince() {
        log.append(3);
        byte[] before = log.chain.extend().link();

        log.append(2);
        EventChain.Head head = log.chain.extend();

        assertThat(head.position()).isEqualTo(5);
        assertThat(log.linkedPositions()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(log.jdbc.sql("SELECT link FROM event_chain WHERE position = 3").query(byte[].class).single())
                .isEqualTo(before);
    }

    @Test
    void theChainWaitsAtAPositionWhoseTransactionIsStillOpenThenLinksItInItsPlace() throws Exception {
        log.append(2);
        try (TestLog.Pending slow = log.pending()) {
            long later = log.append();
            assertThat(later).isEqualTo(slow.position + 1);

            EventChain.Head waiting = log.chain.extend();
            assertThat(waiting.position()).isEqualTo(slow.position - 1);
            assertThat(log.verification.verify().unlinked()).isEqualTo(1);

            slow.commit();
            EventChain.Head head = log.chain.extend();

            assertThat(head.position()).isEqualTo(later);
            assertThat(log.linkedPositions()).containsExactly(1L, 2L, slow.position, later);
            assertThat(log.verification.verify().intact()).isTrue();
        }
    }

    @Test
    void aPositionWhoseTransactionRolledBackIsSteppedOverForGood() throws Exception {
        log.append(2);
        long gap;
        try (TestLog.Pending failed = log.pending()) {
            gap = failed.position;
            failed.rollback();
        }
        long later = log.append();

        EventChain.Head head = log.chain.extend();

        assertThat(head.position()).isEqualTo(later);
        assertThat(head.settled()).isGreaterThanOrEqualTo(later);
        assertThat(log.linkedPositions()).containsExactly(1L, 2L, later).doesNotContain(gap);
        LogIntegrity integrity = log.verification.verify();
        assertThat(integrity.intact()).isTrue();
        assertThat(integrity.events()).isEqualTo(3);
    }

    @Test
    void anEmptyLogIsIntactAtPositionZero() {
        LogIntegrity integrity = log.verification.verify();

        assertThat(integrity.intact()).isTrue();
        assertThat(integrity.position()).isZero();
        assertThat(integrity.events()).isZero();
        assertThat(integrity.link()).isEqualTo("0".repeat(64));
    }
}
