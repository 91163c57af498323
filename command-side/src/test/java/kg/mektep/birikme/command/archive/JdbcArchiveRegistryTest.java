package kg.mektep.birikme.command.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.archive.DocumentKind;
import kg.mektep.birikme.api.archive.RetainedDocument;
import kg.mektep.birikme.api.archive.TransferActRecordedEvent;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.YearAnalysisRecordedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.command.support.CommandDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The command side's table of retained documents, on real PostgreSQL. */
class JdbcArchiveRegistryTest {

    private static final String SCHOOL = "bishkek-school-61";

    @Test
    void aDocumentIsKnownFromTheEventThatFirstWritesItAndReadOnlyOnceHandedOver() {
        JdbcArchiveRegistry registry = new JdbcArchiveRegistry(JdbcClient.create(CommandDatabase.migratedTo("latest")));
        ProtocolContent content = new ProtocolContent(java.time.LocalDate.of(2026, 9, 18), List.of(), List.of(),
                List.of(), List.of("Жылдык план"), List.of(), List.of());
        registry.on(new ProtocolRecordedEvent("b-1", SCHOOL, "ma-1", 2026, 1, content, 4, true, "h1"));
        registry.on(new ProtocolRecordedEvent("b-1", SCHOOL, "ma-1", 2026, 2, content, 4, true, "h2"));
        registry.on(new AnnualPlanDraftedEvent("plan-1", SCHOOL, "ma-1", 2026, 1, null, "h"));
        registry.on(new YearAnalysisRecordedEvent("b-1", SCHOOL, "ma-1", 2026, 2, "Талдоо", List.of(), "deputy"));
        String protocols = ArchiveDocuments.protocolsOf("ma-1", 2026);

        assertThat(registry.document(SCHOOL, protocols))
                .contains(new RetainedDocument(protocols, DocumentKind.PROTOCOLS, "ma-1", 2026));
        assertThat(registry.document(SCHOOL, ArchiveDocuments.annualPlan("plan-1")).map(RetainedDocument::kind))
                .contains(DocumentKind.ANNUAL_PLAN);
        assertThat(registry.document(SCHOOL, ArchiveDocuments.yearAnalysisOf("ma-1", 2026)).map(RetainedDocument::kind))
                .contains(DocumentKind.YEAR_ANALYSIS);
        assertThat(registry.document("osh-school-5", protocols)).as("another school's").isEmpty();
        assertThat(registry.inArchive(protocols)).isFalse();

        registry.on(new TransferActRecordedEvent(ArchiveDocuments.archiveOf(SCHOOL), SCHOOL, "act-1", "А-7",
                java.time.LocalDate.of(2030, 9, 1), "Айнура", "Бүбүсара",
                List.of(registry.document(SCHOOL, protocols).orElseThrow())));

        assertThat(registry.inArchive(protocols)).isTrue();
        assertThat(registry.inArchive(ArchiveDocuments.annualPlan("plan-1"))).isFalse();
    }

    @Test
    void documentsWrittenBeforeTheArchiveExistedAreKnownFromTheirStoredEvents() {
        DataSource dataSource = CommandDatabase.migratedTo("5");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        store(jdbc, "protocols-2025-ma-7", 0, "kg.mektep.birikme.api.meeting.ProtocolRecordedEvent",
                "{\"bookId\":\"protocols-2025-ma-7\",\"schoolId\":\"" + SCHOOL + "\",\"associationId\":\"ma-7\","
                        + "\"schoolYear\":2025,\"number\":1}");
        store(jdbc, "protocols-2025-ma-7", 1, "kg.mektep.birikme.api.meeting.ProtocolRecordedEvent",
                "{\"bookId\":\"protocols-2025-ma-7\",\"schoolId\":\"" + SCHOOL + "\",\"associationId\":\"ma-7\","
                        + "\"schoolYear\":2025,\"number\":2}");
        store(jdbc, "protocols-2025-ma-7", 2, "kg.mektep.birikme.api.meeting.YearAnalysisRecordedEvent",
                "{\"bookId\":\"protocols-2025-ma-7\",\"schoolId\":\"" + SCHOOL + "\",\"associationId\":\"ma-7\","
                        + "\"schoolYear\":2025,\"number\":2,\"analysis\":\"Жыл ийгиликтүү өттү\"}");
        store(jdbc, "plan-7", 0, "kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent",
                "{\"planId\":\"plan-7\",\"schoolId\":\"" + SCHOOL + "\",\"associationId\":\"ma-7\",\"schoolYear\":2025}");
        store(jdbc, "ma-7", 0, "kg.mektep.birikme.api.association.MemberAddedEvent",
                "{\"associationId\":\"ma-7\",\"schoolId\":\"" + SCHOOL + "\",\"teacherId\":\"t-1\"}");

        CommandDatabase.migrate(dataSource, "latest");

        JdbcArchiveRegistry registry = new JdbcArchiveRegistry(jdbc);
        assertThat(jdbc.sql("SELECT count(*) FROM registry_archive_document").query(Integer.class).single()).isEqualTo(3);
        assertThat(registry.document(SCHOOL, ArchiveDocuments.protocolsOf("ma-7", 2025)))
                .contains(new RetainedDocument(ArchiveDocuments.protocolsOf("ma-7", 2025), DocumentKind.PROTOCOLS,
                        "ma-7", 2025));
        assertThat(registry.document(SCHOOL, ArchiveDocuments.yearAnalysisOf("ma-7", 2025)))
                .contains(new RetainedDocument(ArchiveDocuments.yearAnalysisOf("ma-7", 2025), DocumentKind.YEAR_ANALYSIS,
                        "ma-7", 2025));
        assertThat(registry.document(SCHOOL, ArchiveDocuments.annualPlan("plan-7")))
                .contains(new RetainedDocument(ArchiveDocuments.annualPlan("plan-7"), DocumentKind.ANNUAL_PLAN,
                        "ma-7", 2025));
    }

    private static void store(JdbcClient jdbc, String aggregateId, long sequence, String type, String json) {
        jdbc.sql("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload,
                                              payloadrevision, payloadtype, timestamp)
                VALUES (?, ?, 'Aggregate', ?, convert_to(?, 'UTF8'), '1', ?, '2026-05-20T04:00:00Z')""")
                .params(aggregateId, sequence, UUID.randomUUID().toString(), json, type).update();
    }
}
