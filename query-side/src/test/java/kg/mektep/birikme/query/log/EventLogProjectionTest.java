package kg.mektep.birikme.query.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import kg.mektep.birikme.api.association.MemberAddedEvent;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.log.EventLogEntry;
import kg.mektep.birikme.api.log.EventLogExportedEvent;
import kg.mektep.birikme.api.log.EventLogFilter;
import kg.mektep.birikme.api.log.EventLogPage;
import kg.mektep.birikme.api.log.FindEventLogQuery;
import kg.mektep.birikme.api.log.PageDirection;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import kg.mektep.birikme.query.admin.BatchedRowsAccess;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

class EventLogProjectionTest {

    private static final String SCHOOL = "school-1";
    private static final String MA = "ma-1";
    private static final Instant SEPTEMBER_FIRST = Instant.parse("2026-09-01T03:00:00Z");

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private JdbcClient jdbc;
    private EventLogProjection projection;
    private EventLogQueries queries;

    @BeforeEach
    void freshLog() {
        jdbc = ReadModelDatabase.fresh();
        jdbc.sql("TRUNCATE rm_event_log, rm_event_log_day").update();
        projection = new EventLogProjection(BatchedRowsAccess.onTestDatabase(), json, new EventSummaries());
        queries = new EventLogQueries(jdbc, json, new LogDays(jdbc));
    }

    private static MetaData actor(String actorId, String correlationId) {
        return MetaData.from(Map.of(MetadataKeys.SCHOOL_ID, SCHOOL, MetadataKeys.ACTOR_ID, actorId,
                MetadataKeys.ACTOR_ROLE, "DIRECTOR", MetadataKeys.CORRELATION_ID, correlationId,
                MetadataKeys.CAUSATION_ID, "command-" + correlationId));
    }

    private void onAssociation(long position, long sequence, Object event, MetaData metaData, Instant at) throws Exception {
        onAssociation(position, GapAwareTrackingToken.newInstance(position, Set.of()), sequence, event, metaData, at);
    }

    /** The event stored at its position by the JDBC store, then handled with the token its reader gave. */
    private void onAssociation(long position, TrackingToken token, long sequence, Object event, MetaData metaData,
                               Instant at) throws Exception {
        jdbc.sql("""
                INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier,
                                              payload, payloadtype, timestamp)
                VALUES (?, ?, 0, 'Association', ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(position, "stored-" + position, "event-" + position, json.writeValueAsBytes(event),
                        event.getClass().getName(), at.toString()).update();
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>("Association", MA, sequence, event,
                metaData, "event-" + position, at);
        projection.on(event, message, token);
    }

    private static EventLogFilter all() {
        return new EventLogFilter(List.of(SCHOOL), null, null, null, null, null, null, null);
    }

    private EventLogPage page(EventLogFilter filter, Long cursor, PageDirection direction, int limit) {
        return queries.handle(new FindEventLogQuery(filter, cursor, direction, limit, true));
    }

    private List<Long> positions(EventLogFilter filter) {
        return page(filter, null, PageDirection.FORWARD, 100).events().stream().map(EventLogEntry::position).toList();
    }

    @Test
    void anEventIsLoggedUnderItsGlobalPositionWithWhoDidItAndItsSummaries() throws Exception {
        onAssociation(42, 3, new MemberAddedEvent(MA, SCHOOL, "t-5"), actor("u-director", "c-1"), SEPTEMBER_FIRST);

        EventLogEntry entry = page(all(), null, PageDirection.FORWARD, 10).events().get(0);
        assertThat(entry.position()).isEqualTo(42);
        assertThat(entry.time()).isEqualTo(SEPTEMBER_FIRST);
        assertThat(entry.schoolId()).isEqualTo(SCHOOL);
        assertThat(entry.associationId()).isEqualTo(MA);
        assertThat(entry.aggregateType()).isEqualTo("Association");
        assertThat(entry.aggregateId()).isEqualTo(MA);
        assertThat(entry.sequence()).isEqualTo(3);
        assertThat(entry.eventId()).isEqualTo("event-42");
        assertThat(entry.eventType()).isEqualTo("MemberAddedEvent");
        assertThat(entry.revision()).isEqualTo("1");
        assertThat(entry.actorId()).isEqualTo("u-director");
        assertThat(entry.actorRole()).isEqualTo("DIRECTOR");
        assertThat(entry.correlationId()).isEqualTo("c-1");
        assertThat(entry.causationId()).isEqualTo("command-c-1");
        assertThat(entry.summary().ky()).isEqualTo("Мүчө кошулду: мугалим t-5");
        assertThat(entry.summary().ru()).isEqualTo("Добавлен член объединения: учитель t-5");
        assertThat(entry.summary().en()).isEqualTo("Member added: teacher t-5");
        assertThat(entry.payload()).isEqualTo(Map.of("associationId", MA, "schoolId", SCHOOL, "teacherId", "t-5"));
    }

    @Test
    void thePositionComesFromTheTokenWhateverItsKind() throws Exception {
        SchoolRegisteredEvent school = new SchoolRegisteredEvent(SCHOOL, "№5 мектеп", "Бишкек", "Asia/Bishkek");
        TrackingToken replaying = ((ReplayToken) ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(100),
                new GlobalSequenceTrackingToken(6))).advancedTo(new GlobalSequenceTrackingToken(7));
        projection.on(school, new GenericDomainEventMessage<>("School", SCHOOL, 0, school), new GlobalSequenceTrackingToken(5));
        projection.on(school, new GenericDomainEventMessage<>("School", "s-2", 0, school), replaying);

        assertThat(positions(all())).containsExactly(5L, 7L);
    }

    @Test
    void anEventOfNoAggregateIsLoggedWithoutOneAndItsOwnSchool() throws Exception {
        EventLogExportedEvent exported = new EventLogExportedEvent("x-1", SCHOOL, "CSV", all(), 41);
        projection.on(exported, GenericEventMessage.asEventMessage(exported).andMetaData(actor("u-inspector", "x-1")),
                new GlobalSequenceTrackingToken(43));

        EventLogEntry entry = page(all(), null, PageDirection.FORWARD, 10).events().get(0);
        assertThat(entry.aggregateType()).isNull();
        assertThat(entry.aggregateId()).isNull();
        assertThat(entry.sequence()).isNull();
        assertThat(entry.associationId()).isNull();
        assertThat(entry.summary().en()).isEqualTo("Event log exported: CSV format, up to position 41");
        assertThat(entry.payload()).containsEntry("throughPosition", 41).containsKey("filter");
    }

    @Test
    void theAssociationOfAnEventWithoutOneIsItsAssociationAggregate() throws Exception {
        record ChairNoted(String teacherId) {
        }
        onAssociation(9, 1, new ChairNoted("t-1"), actor("u-1", "c-9"), SEPTEMBER_FIRST);

        EventLogEntry entry = page(all(), null, PageDirection.FORWARD, 10).events().get(0);
        assertThat(entry.associationId()).isEqualTo(MA);
        assertThat(entry.schoolId()).as("from the metadata").isEqualTo(SCHOOL);
        assertThat(entry.summary().ky()).isEqualTo("ChairNoted");
    }

    @Test
    void anEventThatFilledAGapIsLoggedAtItsOwnPositionNotItsTokens() throws Exception {
        // 424 committed after 428: the store's reader gave 428 first, 424 as a gap, then 424 with 428's token.
        onAssociation(428, GapAwareTrackingToken.newInstance(428, Set.of(424L)), 2,
                new MemberAddedEvent(MA, SCHOOL, "t-8"), actor("u-director", "c-8"), SEPTEMBER_FIRST);
        onAssociation(424, GapAwareTrackingToken.newInstance(428, Set.of()), 1,
                new MemberAddedEvent(MA, SCHOOL, "t-4"), actor("u-director", "c-4"), SEPTEMBER_FIRST);

        List<EventLogEntry> entries = page(all(), null, PageDirection.FORWARD, 10).events();
        assertThat(entries).extracting(EventLogEntry::position).containsExactly(424L, 428L);
        assertThat(entries).extracting(entry -> entry.summary().en())
                .containsExactly("Member added: teacher t-4", "Member added: teacher t-8");
    }

    @Test
    void handlingAnEventTwiceLeavesOneRow() throws Exception {
        for (int i = 0; i < 2; i++) {
            onAssociation(42, 3, new MemberAddedEvent(MA, SCHOOL, "t-5"), actor("u-director", "c-1"), SEPTEMBER_FIRST);
        }
        assertThat(page(all(), null, PageDirection.FORWARD, 10).total()).isEqualTo(1);
    }

    @Test
    void eachFilterNarrowsTheLog() throws Exception {
        onAssociation(1, 0, new TeacherRegisteredEvent("t-1", SCHOOL, "Гүлнара Ңазарова", List.of("Химия"),
                LocalDate.of(2020, 9, 1)), actor("u-director", "c-1"), SEPTEMBER_FIRST);
        onAssociation(2, 1, new MemberAddedEvent(MA, SCHOOL, "t-1"), actor("u-deputy", "c-2"),
                SEPTEMBER_FIRST.plusSeconds(3600));
        onAssociation(3, 2, new ChairElectedEvent(MA, SCHOOL, "t-1", LocalDate.of(2026, 9, 2)), actor("u-teacher", "c-2"),
                SEPTEMBER_FIRST.plusSeconds(7200));
        onAssociation(4, 3, new MemberAddedEvent("ma-2", "school-2", "t-9"), actor("u-other", "c-4"),
                SEPTEMBER_FIRST.plusSeconds(7200));

        assertThat(positions(all())).containsExactly(1L, 2L, 3L);
        assertThat(positions(new EventLogFilter(List.of(SCHOOL, "school-2"), null, null, null, null, null, null, null)))
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(positions(new EventLogFilter(List.of(SCHOOL, "school-2"), "ma-2", null, null, null, null, null, null)))
                .containsExactly(4L);
        assertThat(positions(new EventLogFilter(List.of(SCHOOL), null, List.of("MemberAddedEvent", "ChairElectedEvent"),
                null, null, null, null, null))).containsExactly(2L, 3L);
        assertThat(positions(new EventLogFilter(List.of(SCHOOL), null, null, "u-deputy", null, null, null, null)))
                .containsExactly(2L);
        assertThat(positions(new EventLogFilter(List.of(SCHOOL), null, null, null, SEPTEMBER_FIRST.plusSeconds(3600),
                SEPTEMBER_FIRST.plusSeconds(7200), null, null))).containsExactly(2L);
        assertThat(positions(new EventLogFilter(List.of(SCHOOL), null, null, null, null, null, "c-2", null)))
                .containsExactly(2L, 3L);
        assertThat(positions(new EventLogFilter(List.of(SCHOOL), null, null, null, null, null, null, List.of("ңазарова"))))
                .as("any case, in Kyrgyz").containsExactly(1L);
        assertThat(positions(new EventLogFilter(List.of(SCHOOL), null, null, null, null, null, null,
                List.of("ХИМИЯ", "Гүлнара")))).as("every word").containsExactly(1L);
        assertThat(positions(new EventLogFilter(List.of(SCHOOL), null, null, null, null, null, null, List.of("избран"))))
                .as("in Russian").containsExactly(3L);
        assertThat(positions(new EventLogFilter(List.of(SCHOOL), null, null, null, null, null, null, List.of("%"))))
                .as("a wildcard is a letter like any other").isEmpty();
        assertThat(positions(new EventLogFilter(List.of("school-3"), null, null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void pagesRunForwardAndBackwardByPosition() throws Exception {
        for (long position = 10; position <= 16; position++) {
            onAssociation(position, position, new MemberAddedEvent(MA, SCHOOL, "t-" + position), actor("u-1", "c"),
                    SEPTEMBER_FIRST);
        }

        EventLogPage first = page(all(), null, PageDirection.FORWARD, 3);
        assertThat(first.events()).extracting(EventLogEntry::position).containsExactly(10L, 11L, 12L);
        assertThat(first.next()).isEqualTo(12);
        assertThat(first.prev()).isNull();
        assertThat(first.total()).isEqualTo(7);

        EventLogPage second = page(all(), first.next(), PageDirection.FORWARD, 3);
        assertThat(second.events()).extracting(EventLogEntry::position).containsExactly(13L, 14L, 15L);
        assertThat(second.prev()).isEqualTo(13);
        assertThat(second.next()).isEqualTo(15);

        EventLogPage last = page(all(), second.next(), PageDirection.FORWARD, 3);
        assertThat(last.events()).extracting(EventLogEntry::position).containsExactly(16L);
        assertThat(last.next()).isNull();
        assertThat(last.prev()).isEqualTo(16);

        EventLogPage back = page(all(), last.prev(), PageDirection.BACKWARD, 3);
        assertThat(back.events()).extracting(EventLogEntry::position).containsExactly(13L, 14L, 15L);
        assertThat(back.prev()).isEqualTo(13);
        assertThat(back.next()).isEqualTo(15);

        EventLogPage newest = page(all(), null, PageDirection.BACKWARD, 2);
        assertThat(newest.events()).extracting(EventLogEntry::position).containsExactly(15L, 16L);
        assertThat(newest.next()).isNull();
        assertThat(newest.prev()).isEqualTo(15);

        EventLogPage beyond = page(all(), 16L, PageDirection.FORWARD, 3);
        assertThat(beyond.events()).isEmpty();
        assertThat(beyond.next()).isNull();
        assertThat(beyond.prev()).as("back from past the end shows the newest").isEqualTo(17);
        assertThat(page(all(), beyond.prev(), PageDirection.BACKWARD, 1).events())
                .extracting(EventLogEntry::position).containsExactly(16L);
    }

    @Test
    void aPeriodPagesByCursorWhereverItsEventsLieInTheLog() throws Exception {
        // Positions 1-3 and 7-9 happened in October, 4-6 and 10-12 in September: times out of log order,
        // as when an event is stored after later ones.
        Instant october = SEPTEMBER_FIRST.plus(Duration.ofDays(35));
        for (long position = 1; position <= 12; position++) {
            boolean september = (position - 1) / 3 % 2 == 1;
            onAssociation(position, position, new MemberAddedEvent(MA, SCHOOL, "t-" + position), actor("u-1", "c"),
                    september ? SEPTEMBER_FIRST.plusSeconds(position) : october);
        }
        EventLogFilter september = new EventLogFilter(List.of(SCHOOL), null, null, null, SEPTEMBER_FIRST,
                SEPTEMBER_FIRST.plus(Duration.ofDays(30)), null, null);

        EventLogPage fromFour = page(september, 4L, PageDirection.FORWARD, 2);
        assertThat(fromFour.events()).extracting(EventLogEntry::position).containsExactly(5L, 6L);
        assertThat(fromFour.prev()).isEqualTo(5);
        assertThat(fromFour.next()).isEqualTo(6);
        assertThat(fromFour.total()).isEqualTo(6);

        EventLogPage overOctober = page(september, 6L, PageDirection.FORWARD, 2);
        assertThat(overOctober.events()).extracting(EventLogEntry::position).containsExactly(10L, 11L);
        assertThat(overOctober.next()).isEqualTo(11);

        EventLogPage last = page(september, 11L, PageDirection.FORWARD, 2);
        assertThat(last.events()).extracting(EventLogEntry::position).containsExactly(12L);
        assertThat(last.next()).isNull();

        EventLogPage pastThePeriod = page(september, 100L, PageDirection.FORWARD, 2);
        assertThat(pastThePeriod.events()).isEmpty();
        assertThat(pastThePeriod.next()).isNull();
        assertThat(pastThePeriod.prev()).as("back from past the period shows its newest").isEqualTo(101);
        assertThat(page(september, 101L, PageDirection.BACKWARD, 2).events())
                .extracting(EventLogEntry::position).containsExactly(11L, 12L);

        EventLogPage backOverOctober = page(september, 10L, PageDirection.BACKWARD, 2);
        assertThat(backOverOctober.events()).extracting(EventLogEntry::position).containsExactly(5L, 6L);
        assertThat(backOverOctober.prev()).isEqualTo(5);
        assertThat(backOverOctober.next()).isEqualTo(6);

        EventLogPage beforeThePeriod = page(september, 4L, PageDirection.BACKWARD, 2);
        assertThat(beforeThePeriod.events()).isEmpty();
        assertThat(beforeThePeriod.prev()).isNull();
        assertThat(beforeThePeriod.next()).isEqualTo(3);

        EventLogFilter august = new EventLogFilter(List.of(SCHOOL), null, null, null,
                SEPTEMBER_FIRST.minus(Duration.ofDays(31)), SEPTEMBER_FIRST, null, null);
        EventLogPage empty = page(august, 3L, PageDirection.FORWARD, 2);
        assertThat(empty.events()).isEmpty();
        assertThat(empty.next()).isNull();
        assertThat(empty.prev()).isNull();
        assertThat(empty.total()).isZero();
    }

    @Test
    void aPeriodIsReadBetweenTheLowestAndHighestPositionsOfItsDays() throws Exception {
        // Positions 1-2 on August 31st, 3 on September 1st, 4 in October, 5 on September 2nd (stored late).
        Instant[] times = {Instant.parse("2026-08-31T10:00:00Z"), Instant.parse("2026-08-31T23:59:59Z"),
                Instant.parse("2026-09-01T00:00:00Z"), Instant.parse("2026-10-05T08:00:00Z"),
                Instant.parse("2026-09-02T12:00:00Z")};
        for (int i = 0; i < times.length; i++) {
            onAssociation(i + 1, i, new MemberAddedEvent(MA, SCHOOL, "t-" + i), actor("u-1", "c"), times[i]);
        }
        assertThat(jdbc.sql("SELECT day || ' ' || first_position || '-' || last_position FROM rm_event_log_day ORDER BY day")
                .query(String.class).list())
                .containsExactly("2026-08-31 1-2", "2026-09-01 3-3", "2026-09-02 5-5", "2026-10-05 4-4");

        LogDays days = new LogDays(jdbc);
        EventLogFilter september = new EventLogFilter(List.of(SCHOOL), null, null, null,
                Instant.parse("2026-09-01T00:00:00Z"), Instant.parse("2026-10-01T00:00:00Z"), null, null);
        assertThat(days.conditions(september).parameters())
                .containsEntry("periodFirst", 3L).containsEntry("periodLast", 5L);
        EventLogFilter sinceSeptember = new EventLogFilter(List.of(SCHOOL), null, null, null,
                Instant.parse("2026-09-01T12:00:00Z"), null, null, null);
        assertThat(days.conditions(sinceSeptember).parameters())
                .as("the first day whole, and every day after").containsEntry("periodFirst", 3L)
                .containsEntry("periodLast", 5L);
        EventLogFilter untilSeptember = new EventLogFilter(List.of(SCHOOL), null, null, null, null,
                Instant.parse("2026-09-01T00:00:00Z"), null, null);
        assertThat(days.conditions(untilSeptember).parameters())
                .containsEntry("periodFirst", 1L).containsEntry("periodLast", 3L);
        EventLogFilter july = new EventLogFilter(List.of(SCHOOL), null, null, null,
                Instant.parse("2026-07-01T00:00:00Z"), Instant.parse("2026-08-01T00:00:00Z"), null, null);
        assertThat(days.conditions(july).where()).endsWith(" AND FALSE");
        assertThat(days.conditions(all())).isEqualTo(LogConditions.of(all()));

        assertThat(positions(september)).containsExactly(3L, 5L);
        assertThat(positions(untilSeptember)).containsExactly(1L, 2L);
        assertThat(positions(july)).isEmpty();
    }

    @Test
    void theCountIsGivenOnlyWhenAskedFor() throws Exception {
        onAssociation(1, 0, new MemberAddedEvent(MA, SCHOOL, "t-1"), actor("u-1", "c"), SEPTEMBER_FIRST);
        assertThat(queries.handle(new FindEventLogQuery(all(), null, PageDirection.FORWARD, 10, false)).total()).isNull();
        assertThat(queries.handle(new FindEventLogQuery(all(), null, PageDirection.FORWARD, 10, true)).total()).isEqualTo(1);
    }
}
