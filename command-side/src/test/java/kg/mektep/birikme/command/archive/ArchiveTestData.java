package kg.mektep.birikme.command.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.archive.DisposalActRecordedEvent;
import kg.mektep.birikme.api.archive.DocumentHoldPlacedEvent;
import kg.mektep.birikme.api.archive.DocumentKind;
import kg.mektep.birikme.api.archive.RetainedDocument;
import kg.mektep.birikme.api.archive.TransferActRecordedEvent;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.command.school.SchoolCalendar;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * The archive of a Bishkek school and the documents of its Kyrgyz-language association: the
 * protocols, plan and analysis of 2026-2027 (due for transfer from 1 September 2030) and the
 * protocols of 2027-2028 (from 1 September 2031). Shared by the archive tests.
 */
final class ArchiveTestData {

    static final String SCHOOL = "bishkek-school-61";
    static final String OTHER_SCHOOL = "osh-school-5";
    static final String ARCHIVE = ArchiveDocuments.archiveOf(SCHOOL);
    static final String ASSOCIATION = "ma-kyrgyz-tili";

    static final String PROTOCOLS = ArchiveDocuments.protocolsOf(ASSOCIATION, 2026);
    static final String PLAN = ArchiveDocuments.annualPlan("annual-plan-kyrgyz-2026");
    static final String ANALYSIS = ArchiveDocuments.yearAnalysisOf(ASSOCIATION, 2026);
    static final String NEXT_PROTOCOLS = ArchiveDocuments.protocolsOf(ASSOCIATION, 2027);
    static final String OTHER_SCHOOLS_PROTOCOLS = ArchiveDocuments.protocolsOf("ma-osh-matematika", 2026);

    static final LocalDate DUE = LocalDate.of(2030, 9, 1);
    static final LocalDate DISPOSAL_DUE = LocalDate.of(2040, 9, 1);

    static final String HANDED_OVER_BY = "Айнура Төлөгөнова, мектептин иш кагаздарын жүргүзүүчү";
    static final String RECEIVED_BY = "Бүбүсара Өмүрова, райондук архивдин кызматкери";
    static final List<String> COMMISSION = List.of("Нурбек Үсөнов", "Гүлнара Ңазарова", "Чолпон Жээнбекова");
    static final String HOLD_REASON = "Прокуратуранын сурамы боюнча текшерүү бүткөнгө чейин";

    private ArchiveTestData() {
    }

    static RetainedDocument document(String documentId) {
        return registry().document(documentId.equals(OTHER_SCHOOLS_PROTOCOLS) ? OTHER_SCHOOL : SCHOOL, documentId)
                .orElseThrow();
    }

    static InMemoryArchiveRegistry registry() {
        return new InMemoryArchiveRegistry()
                .withDocument(SCHOOL, PROTOCOLS, DocumentKind.PROTOCOLS, ASSOCIATION, 2026)
                .withDocument(SCHOOL, PLAN, DocumentKind.ANNUAL_PLAN, ASSOCIATION, 2026)
                .withDocument(SCHOOL, ANALYSIS, DocumentKind.YEAR_ANALYSIS, ASSOCIATION, 2026)
                .withDocument(SCHOOL, NEXT_PROTOCOLS, DocumentKind.PROTOCOLS, ASSOCIATION, 2027)
                .withDocument(OTHER_SCHOOL, OTHER_SCHOOLS_PROTOCOLS, DocumentKind.PROTOCOLS, "ma-osh-matematika", 2026);
    }

    /** Today in the school, as the school's calendar tells it; a test moves it. */
    static final class Today implements SchoolCalendar {
        LocalDate day;

        Today(LocalDate day) {
            this.day = day;
        }

        @Override
        public LocalDate today(String schoolId) {
            return day;
        }
    }

    static FixtureConfiguration<SchoolArchive> fixture(Today today) {
        FixtureConfiguration<SchoolArchive> fixture = new AggregateTestFixture<>(SchoolArchive.class);
        fixture.registerInjectableResource(registry());
        fixture.registerInjectableResource(today);
        return fixture;
    }

    static Map<String, Object> asDirector() {
        return Map.of(MetadataKeys.ACTOR_ROLE, "DIRECTOR", MetadataKeys.ACTOR_ID, "user-director");
    }

    static TransferActRecordedEvent transferred(String actId, String number, LocalDate date, String... documentIds) {
        return new TransferActRecordedEvent(ARCHIVE, SCHOOL, actId, number, date, HANDED_OVER_BY, RECEIVED_BY,
                List.of(documentIds).stream().map(ArchiveTestData::document).toList());
    }

    static DisposalActRecordedEvent disposed(String actId, String number, LocalDate date, String... documentIds) {
        return new DisposalActRecordedEvent(ARCHIVE, SCHOOL, actId, number, date, COMMISSION,
                List.of(documentIds).stream().map(ArchiveTestData::document).toList());
    }

    static DocumentHoldPlacedEvent held(String documentId) {
        RetainedDocument document = document(documentId);
        return new DocumentHoldPlacedEvent(ARCHIVE, SCHOOL, document.associationId(), documentId, document.kind(),
                document.schoolYear(), HOLD_REASON);
    }
}
