package kg.mektep.birikme.query.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import kg.mektep.birikme.api.association.MemberAddedEvent;
import kg.mektep.birikme.api.log.EventLogExportedEvent;
import kg.mektep.birikme.api.log.EventLogFilter;
import kg.mektep.birikme.api.log.EventSummary;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import kg.mektep.birikme.api.upcasting.ChairElectedEventUpcaster;
import kg.mektep.birikme.query.admin.BatchedRowsAccess;
import kg.mektep.birikme.query.log.EventLogRowsCheck.RowKind;
import kg.mektep.birikme.query.log.EventLogRowsCheck.RowDisagreement;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Whatever is done to the event log's rows behind the service's back, the check names the row and the column. */
class EventLogRowsVerificationTest {

    private static final String SCHOOL = "school-1";
    private static final String MA = "ma-1";

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
    private final ChairElectedEventUpcaster upcaster = new ChairElectedEventUpcaster();
    private JdbcClient jdbc;
    private JdbcEventStorageEngine store;
    private EventLogProjection projection;
    private EventLogRowsVerification verification;
    /** The last position the projection has handled, as its processor would tell. */
    private long handledUpTo;
    private LongPredicate handled = position -> position <= handledUpTo;
    private final List<Long> positions = new ArrayList<>();

    @BeforeEach
    void sixEventsProjected() throws Exception {
        jdbc = ReadModelDatabase.fresh();
        store = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(ReadModelDatabase.dataSource()))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer).snapshotSerializer(serializer)
                .upcasterChain(upcaster)
                .build();
        store.createSchema(PostgresEventTableFactory.INSTANCE);
        jdbc.sql("TRUNCATE domainevententry, rm_event_log, rm_event_log_day RESTART IDENTITY").update();
        projection = new EventLogProjection(BatchedRowsAccess.onTestDatabase(), json, new EventSummaries());
        verification = new EventLogRowsVerification(jdbc, serializer, upcaster, projection, json,
                position -> handled.test(position));

        append("School", SCHOOL, 0, new SchoolRegisteredEvent(SCHOOL, "№3 Ноокат орто мектеби", "Ноокат району",
                "Asia/Bishkek"));
        append("School", SCHOOL, 1, new TeacherRegisteredEvent("t-1", SCHOOL, "Айгүл Өмүрова", List.of("Тарых"),
                LocalDate.of(2020, 9, 1)));
        append("School", SCHOOL, 2, new TeacherRegisteredEvent("t-2", SCHOOL, "Ңурбек Үсөнов", List.of("Тарых"),
                LocalDate.of(2021, 9, 1)));
        append("Association", MA, 0, new MemberAddedEvent(MA, SCHOOL, "t-1"));
        append("Association", MA, 1, new MemberAddedEvent(MA, SCHOOL, "t-2"));
        storeChairElectedInItsFirstRevision();
        // An event of no aggregate: the store keeps it without a type, and the log's row names none.
        store.appendEvents(List.of(new GenericEventMessage<>(new EventLogExportedEvent("x-1", SCHOOL, "CSV",
                new EventLogFilter(List.of(SCHOOL), null, null, null, null, null, null, List.of("өмүр")), 6),
                MetaData.from(Map.of("actorId", "inspector-1", "actorRole", "INSPECTOR")))));
        projectAll();
    }

    private void append(String type, String aggregate, long sequence, Object event) {
        store.appendEvents(List.of(new GenericDomainEventMessage<>(type, aggregate, sequence, event,
                MetaData.from(Map.of("schoolId", SCHOOL, "actorId", "director-1", "actorRole", "DIRECTOR",
                        "correlationId", "c-" + aggregate + sequence)))));
    }

    /** Stored before the chair's election cited its protocol: the projection got it upcast to revision 2. */
    private void storeChairElectedInItsFirstRevision() {
        jdbc.sql("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                              payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, 2, 'Association', 'elected-in-revision-1', convert_to('{"actorId":"director-1"}', 'UTF8'),
                        convert_to('{"associationId":"ma-1","schoolId":"school-1","teacherId":"t-1",
                                     "meetingDate":"2026-09-05"}', 'UTF8'),
                        '1', ?, ?)""")
                .params(MA, ChairElectedEvent.class.getName(), Instant.parse("2026-09-05T04:00:00.123456Z").toString())
                .update();
    }

    /** Every stored event not yet handled, through the projection as its processor feeds it. */
    private void projectAll() {
        store.readEvents(null, false).forEach(this::project);
    }

    private void project(TrackedEventMessage<?> message) {
        try {
            projection.on(message.getPayload(), message, message.trackingToken());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long position = message.trackingToken().position().orElseThrow();
        positions.add(position);
        handledUpTo = Math.max(handledUpTo, position);
    }

    private long lastPosition() {
        return jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
    }

    private void tamper(String sql) {
        assertThat(jdbc.sql(sql).update()).as(sql).isPositive();
    }

    private void assertAlteredAt(long position, String column) {
        EventLogRowsCheck check = verification.verify();

        assertThat(check.intact()).isFalse();
        assertThat(check.disagreement()).isEqualTo(new RowDisagreement(position, RowKind.ALTERED, column));
        assertThat(check.position()).as("intact up to").isEqualTo(position - 1);
        assertThat(check.rows()).isEqualTo(position - 1);
    }

    @Test
    void rowsAsTheProjectionWroteThemAgreeWithTheirEventsUpcastAsIt() {
        EventLogRowsCheck check = verification.verify();

        assertThat(check).isEqualTo(new EventLogRowsCheck(true, 7, 7, 0, null));
        assertThat(positions).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void aSummaryRewrittenInTheLogIsAlteredWithItsColumn() {
        tamper("UPDATE rm_event_log SET summary_ru = replace(summary_ru, 'Айгүл Өмүрова', 'Айгүл Өмүрбекова') "
                + "WHERE global_position = 2");

        assertAlteredAt(2, "summary_ru");
    }

    @Test
    void eachColumnChangedAloneIsNamed() {
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("occurred_at", "occurred_at = occurred_at + interval '1 second'");
        changes.put("school_id", "school_id = 'school-2'");
        changes.put("association_id", "association_id = 'ma-2'");
        changes.put("aggregate_type", "aggregate_type = 'School'");
        changes.put("aggregate_id", "aggregate_id = 'ma-2'");
        changes.put("sequence_number", "sequence_number = 7");
        changes.put("event_id", "event_id = 'another'");
        changes.put("event_type", "event_type = 'MemberRemovedEvent'");
        changes.put("revision", "revision = '2'");
        changes.put("actor_id", "actor_id = 'director-2'");
        changes.put("actor_role", "actor_role = 'ADMIN'");
        changes.put("correlation_id", "correlation_id = 'c-other'");
        changes.put("causation_id", "causation_id = 'command-x'");
        changes.put("summary_ky", "summary_ky = summary_ky || '.'");
        changes.put("summary_en", "summary_en = summary_en || '.'");
        changes.put("search_text", "search_text = 'башка'");
        changes.put("payload", "payload = jsonb_set(payload, '{teacherId}', '\"t-9\"')");
        for (Map.Entry<String, String> change : changes.entrySet()) {
            jdbc.sql("UPDATE rm_event_log SET " + change.getValue() + " WHERE global_position = 4").update();

            assertAlteredAt(4, change.getKey());

            jdbc.sql("DELETE FROM rm_event_log WHERE global_position = 4").update();
            store.readEvents(null, false).filter(event -> event.trackingToken().position().orElseThrow() == 4)
                    .forEach(this::project);
            assertThat(verification.verify().intact()).as("restored after " + change.getKey()).isTrue();
        }
    }

    @Test
    void aDeletedRowOfAnEventTheProjectionHandledIsMissing() {
        tamper("DELETE FROM rm_event_log WHERE global_position = 3");

        EventLogRowsCheck check = verification.verify();

        assertThat(check.disagreement()).isEqualTo(new RowDisagreement(3, RowKind.MISSING, null));
        assertThat(check.position()).isEqualTo(2);
    }

    @Test
    void aRowWithNoEventAtItsPositionIsInsertedWhereverItIsPut() {
        for (long position : List.of(Long.MIN_VALUE, -4L, 100L, Long.MAX_VALUE)) {
            tamper("INSERT INTO rm_event_log SELECT " + position + ", occurred_at, school_id, association_id, "
                    + "aggregate_type, aggregate_id, sequence_number, 'forged', event_type, revision, actor_id, "
                    + "actor_role, correlation_id, causation_id, summary_ky, summary_ru, summary_en, search_text, "
                    + "payload FROM rm_event_log WHERE global_position = 2");

            assertThat(verification.verify().disagreement())
                    .isEqualTo(new RowDisagreement(position, RowKind.INSERTED, null));

            jdbc.sql("DELETE FROM rm_event_log WHERE global_position = ?").param(position).update();
        }
    }

    @Test
    void eventsTheProjectionHasNotHandledYetArePendingNotMissing() {
        append("Association", MA, 3, new MemberAddedEvent(MA, SCHOOL, "t-3"));
        append("Association", MA, 4, new MemberAddedEvent(MA, SCHOOL, "t-4"));

        assertThat(verification.verify()).isEqualTo(new EventLogRowsCheck(true, 7, 7, 2, null));

        handledUpTo = lastPosition();
        assertThat(verification.verify().disagreement()).isEqualTo(new RowDisagreement(8, RowKind.MISSING, null));
    }

    /** The page of rows was read before the projection wrote the row it then had when asked: not missing. */
    @Test
    void aRowWrittenAfterItsPageWasReadIsComparedNotMissing() {
        append("Association", MA, 3, new MemberAddedEvent(MA, SCHOOL, "t-3"));
        long late = lastPosition();
        handled = position -> {
            if (position == late && position > handledUpTo) {
                store.readEvents(null, false).filter(event -> event.trackingToken().position().orElseThrow() == late)
                        .forEach(this::project);
            }
            return position <= handledUpTo;
        };

        assertThat(verification.verify()).isEqualTo(new EventLogRowsCheck(true, late, 8, 0, null));
    }

    @Test
    void aStoredPayloadTheServiceCouldNotHaveWrittenIsAlteredNotUnreadable() {
        tamper("UPDATE rm_event_log SET payload = jsonb_set(payload, '{teacherId}', ('1' || repeat('0', 1500))::jsonb) "
                + "WHERE global_position = 4");

        assertAlteredAt(4, "payload");
    }

    @Test
    void aDaySpanNarrowedSoThatAPeriodWouldMissARowIsAltered() {
        tamper("UPDATE rm_event_log_day SET last_position = last_position - 1 "
                + "WHERE day = (SELECT (occurred_at AT TIME ZONE 'UTC')::date FROM rm_event_log WHERE global_position = 5)");

        EventLogRowsCheck check = verification.verify();

        assertThat(check.intact()).isFalse();
        assertThat(check.disagreement()).isEqualTo(new RowDisagreement(1, RowKind.ALTERED, "rm_event_log_day"));
        assertThat(check.rows()).isEqualTo(7);
    }

    @Test
    void aDayWithoutItsSpanIsAlteredAtItsFirstRow() {
        tamper("DELETE FROM rm_event_log_day WHERE day = DATE '2026-09-05'");

        assertThat(verification.verify().disagreement()).isEqualTo(new RowDisagreement(6, RowKind.ALTERED, "rm_event_log_day"));
    }

    @Test
    void anEventThatCannotBeReadIsNamedNotThrown() {
        tamper("UPDATE domainevententry SET payload = convert_to('{not json', 'UTF8') WHERE globalindex = 5");

        EventLogRowsCheck check = verification.verify();

        assertThat(check.disagreement()).isEqualTo(new RowDisagreement(5, RowKind.UNREADABLE, null));
        assertThat(check.position()).isEqualTo(4);
    }

    @Test
    void numbersAreComparedByValueAndNotByHowTheyAreWritten() throws Exception {
        LogRow stored = new LogRow(1, Instant.parse("2026-09-05T04:00:00.123456Z"), SCHOOL, null, null, null, null,
                "e-1", "CoefficientSetEvent", null, null, null, null, null, new EventSummary("к", "р", "e"),
                "{\"value\": 0.00001, \"list\": [1.50, 2]}");
        DerivedLogRow same = new DerivedLogRow(Instant.parse("2026-09-05T04:00:00.123456400Z"), SCHOOL, null, null,
                null, null, "e-1", "CoefficientSetEvent", null, null, null, null, null, new EventSummary("к", "р", "e"),
                "search", "{\"list\":[1.5,2.0],\"value\":1.0E-5}");

        assertThat(verification.firstDifference(same, new EventLogRowsVerification.StoredRow(stored, "search")))
                .isEmpty();
        DerivedLogRow another = new DerivedLogRow(same.time(), SCHOOL, null, null, null, null, "e-1",
                "CoefficientSetEvent", null, null, null, null, null, same.summary(), "search",
                "{\"list\":[1.5,2.01],\"value\":1.0E-5}");
        assertThat(verification.firstDifference(another, new EventLogRowsVerification.StoredRow(stored, "search")))
                .isEqualTo(Optional.of("payload"));
        DerivedLogRow later = new DerivedLogRow(same.time().plusNanos(600), SCHOOL, null, null, null, null, "e-1",
                "CoefficientSetEvent", null, null, null, null, null, same.summary(), "search", same.payload());
        assertThat(verification.firstDifference(later, new EventLogRowsVerification.StoredRow(stored, "search")))
                .isEqualTo(Optional.of("occurred_at"));
    }
}
