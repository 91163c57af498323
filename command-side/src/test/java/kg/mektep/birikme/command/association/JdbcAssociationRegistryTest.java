package kg.mektep.birikme.command.association;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.ProtocolCorrectedEvent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.Resolution;
import kg.mektep.birikme.command.support.CommandDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The associations and protocols the rules look up, and the individual plans their resolutions approve
 * (R8), on real PostgreSQL.
 */
class JdbcAssociationRegistryTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 9, 25);

    @Test
    void aProtocolIsKnownWithThePlansItsResolutionsApprove() {
        JdbcAssociationRegistry registry = new JdbcAssociationRegistry(JdbcClient.create(CommandDatabase.migratedTo("latest")));

        Instant recordedAt = Instant.parse("2026-09-26T05:12:34.567Z");
        registry.on(recorded(3, resolution("Айгүлдүн планы бекитилсин", "plan-aigul"),
                resolution("Жылдык план талкууланды", null), resolution("Бакыттын планы бекитилсин", "plan-bakyt"),
                resolution("Айгүлдүн планы кайра бекитилсин", "plan-aigul")), recordedAt);

        assertThat(registry.protocol("ma-1", 2026, 3))
                .contains(new AssociationRegistry.RecordedProtocol(3, MEETING, true, recordedAt, true));
        assertThat(registry.protocolApprovesIndividualPlan("ma-1", 2026, 3, "plan-aigul")).isTrue();
        assertThat(registry.protocolApprovesIndividualPlan("ma-1", 2026, 3, "plan-bakyt")).isTrue();
        assertThat(registry.protocolApprovesIndividualPlan("ma-1", 2026, 3, "plan-meerim")).isFalse();
        assertThat(registry.protocolApprovesIndividualPlan("ma-1", 2026, 2, "plan-aigul")).as("another protocol").isFalse();
        assertThat(registry.protocolApprovesIndividualPlan("ma-1", 2025, 3, "plan-aigul")).as("another year").isFalse();
        assertThat(registry.protocolApprovesIndividualPlan("ma-2", 2026, 3, "plan-aigul")).as("another association")
                .isFalse();
    }

    @Test
    void protocolsRecordedBeforeTheTableExistedAreKnownFromTheirStoredEvents() {
        DataSource dataSource = CommandDatabase.migratedTo("8");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        store(jdbc, "protocols-ma-7-2025", 0, "2025-09-13T03:00:00.125Z", """
                {"bookId":"protocols-ma-7-2025","schoolId":"s","associationId":"ma-7","schoolYear":2025,"number":1,
                 "content":{"date":"2025-09-12","resolutions":[{"text":"Жеке пландар бекитилсин",
                 "approvesIndividualPlanId":"plan-ңөү"},{"text":"Семинар өткөрүлсүн"}]}}""");
        store(jdbc, "protocols-ma-7-2025", 1, "2025-10-10T09:30:00Z", """
                {"bookId":"protocols-ma-7-2025","schoolId":"s","associationId":"ma-7","schoolYear":2025,"number":2,
                 "content":{"date":"2025-10-10","resolutions":[{"text":"Олимпиада өткөрүлсүн"}]}}""");

        jdbc.sql("""
                INSERT INTO registry_protocol (association_id, school_year, number, date, quorate)
                VALUES ('ma-7', 2025, 1, DATE '2025-09-12', true), ('ma-7', 2025, 2, DATE '2025-10-10', true)""").update();

        CommandDatabase.migrate(dataSource, "latest");

        JdbcAssociationRegistry registry = new JdbcAssociationRegistry(jdbc);
        assertThat(jdbc.sql("SELECT count(*) FROM registry_protocol_plan").query(Integer.class).single()).isEqualTo(1);
        assertThat(registry.protocolApprovesIndividualPlan("ma-7", 2025, 1, "plan-ңөү")).isTrue();
        assertThat(registry.protocol("ma-7", 2025, 1).orElseThrow().recordedAt())
                .isEqualTo(Instant.parse("2025-09-13T03:00:00.125Z"));
        assertThat(registry.protocol("ma-7", 2025, 2).orElseThrow().recordedAt())
                .isEqualTo(Instant.parse("2025-10-10T09:30:00Z"));
        assertThat(registry.protocol("ma-7", 2025, 2).orElseThrow().plansNamed())
                .as("recorded before resolutions had to name their plans").isFalse();
    }

    /** Clause 6.1: the registry knows the day of the order that opened an association, the rules' lower bound. */
    @Test
    void anAssociationIsKnownWithTheDayOfItsOpeningOrder() {
        JdbcAssociationRegistry registry = new JdbcAssociationRegistry(JdbcClient.create(CommandDatabase.migratedTo("latest")));

        registry.on(new AssociationCreatedEvent("ma-1", "school-1", "Тарых", AssociationKind.SUBJECT_AREA, List.of(),
                List.of("Тарых"), List.of("t-1", "t-2", "t-3", "t-4"), new DocumentRef("45", LocalDate.of(2026, 8, 28)),
                null, null, null));

        AssociationRegistry.AssociationFacts facts = registry.association("ma-1").orElseThrow();
        assertThat(facts.schoolId()).isEqualTo("school-1");
        assertThat(facts.active()).isTrue();
        assertThat(facts.members()).containsExactlyInAnyOrder("t-1", "t-2", "t-3", "t-4");
        assertThat(facts.openedOn()).isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(facts.openedAfter(LocalDate.of(2026, 8, 27))).isTrue();
        assertThat(facts.openedAfter(LocalDate.of(2026, 8, 28))).isFalse();
    }

    @Test
    void associationsCreatedBeforeTheColumnExistedAreKnownFromTheirStoredEvents() {
        DataSource dataSource = CommandDatabase.migratedTo("10");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        store(jdbc, "ma-ңөү", 0, "2025-08-30T03:00:00Z", "kg.mektep.birikme.api.association.AssociationCreatedEvent", """
                {"associationId":"ma-ңөү","schoolId":"s","name":"Кыргыз тили","kind":"SUBJECT_AREA",
                 "memberIds":["t-1","t-2","t-3","t-4"],"order":{"number":"12","date":"2025-08-29"}}""");
        jdbc.sql("INSERT INTO registry_association (association_id, school_id, active) VALUES ('ma-ңөү', 's', true), "
                + "('ma-elsewhere', 's', true)").update();

        CommandDatabase.migrate(dataSource, "latest");

        JdbcAssociationRegistry registry = new JdbcAssociationRegistry(jdbc);
        assertThat(registry.association("ma-ңөү").orElseThrow().openedOn()).isEqualTo(LocalDate.of(2025, 8, 29));
        assertThat(registry.association("ma-elsewhere").orElseThrow().openedOn())
                .as("its events kept elsewhere: not known, not checked").isNull();
    }

    /** A correction naming the plan a resolution approves adds it; any other correction adds nothing. */
    @Test
    void aCorrectionNamingThePlanOfAResolutionAddsIt() {
        JdbcAssociationRegistry registry = new JdbcAssociationRegistry(JdbcClient.create(CommandDatabase.migratedTo("latest")));
        registry.on(recorded(1, resolution("Жеке пландар бекитилсин", null)), Instant.parse("2026-09-26T05:00:00Z"));

        registry.on(corrected(1, "resolutions[0].approvesIndividualPlanId", " plan-ңөү "));
        registry.on(corrected(1, "resolutions[0].approvesIndividualPlanId", "plan-ңөү"));
        registry.on(corrected(1, "resolutions[0].text", "plan-aigul"));
        registry.on(corrected(1, "heard[0].subject", "plan-bakyt"));

        assertThat(registry.protocolApprovesIndividualPlan("ma-1", 2026, 1, "plan-ңөү")).isTrue();
        assertThat(registry.protocolApprovesIndividualPlan("ma-1", 2026, 1, "plan-aigul")).isFalse();
        assertThat(registry.protocolApprovesIndividualPlan("ma-1", 2026, 1, "plan-bakyt")).isFalse();
    }

    private static ProtocolCorrectedEvent corrected(int number, String field, String correction) {
        return new ProtocolCorrectedEvent("protocols-ma-1-2026", "school-1", "ma-1", 2026, number, field, correction,
                "Протоколдо жазылбай калган");
    }

    private static ProtocolRecordedEvent recorded(int number, Resolution... resolutions) {
        ProtocolContent content = new ProtocolContent(MEETING, List.of("t-1", "t-2", "t-3"), List.of(), List.of(),
                List.of("Жеке пландар"), List.of(), Arrays.asList(resolutions));
        return new ProtocolRecordedEvent("protocols-ma-1-2026", "school-1", "ma-1", 2026, number, content, 4, true, "h");
    }

    private static Resolution resolution(String text, String planId) {
        return new Resolution(text, List.of(), null, planId);
    }

    private static void store(JdbcClient jdbc, String aggregateId, long sequence, String timestamp, String json) {
        store(jdbc, aggregateId, sequence, timestamp, "kg.mektep.birikme.api.meeting.ProtocolRecordedEvent", json);
    }

    private static void store(JdbcClient jdbc, String aggregateId, long sequence, String timestamp, String payloadType,
                              String json) {
        jdbc.sql("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload,
                                              payloadrevision, payloadtype, timestamp)
                VALUES (?, ?, 'Aggregate', ?, convert_to(?, 'UTF8'), '1', ?, ?)""")
                .params(aggregateId, sequence, UUID.randomUUID().toString(), json, payloadType, timestamp).update();
    }
}
