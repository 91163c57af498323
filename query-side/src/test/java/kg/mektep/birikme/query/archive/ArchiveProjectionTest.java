package kg.mektep.birikme.query.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import kg.mektep.birikme.api.archive.ArchiveDocumentList;
import kg.mektep.birikme.api.archive.ArchiveDocumentView;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.archive.ArchiveReminder;
import kg.mektep.birikme.api.archive.ArchiveReminders;
import kg.mektep.birikme.api.archive.ArchiveStatus;
import kg.mektep.birikme.api.archive.DisposalActRecordedEvent;
import kg.mektep.birikme.api.archive.DocumentHoldLiftedEvent;
import kg.mektep.birikme.api.archive.DocumentHoldPlacedEvent;
import kg.mektep.birikme.api.archive.DocumentKind;
import kg.mektep.birikme.api.archive.FindArchiveDocumentQuery;
import kg.mektep.birikme.api.archive.FindArchiveDocumentsQuery;
import kg.mektep.birikme.api.archive.FindArchiveRemindersQuery;
import kg.mektep.birikme.api.archive.RetainedDocument;
import kg.mektep.birikme.api.archive.TransferActRecordedEvent;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.YearAnalysisRecordedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.query.association.AssociationProjectionAccess;
import kg.mektep.birikme.query.school.StaffProjectionAccess;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** R12 (clause 5.9): each document's status on a day in its school's time zone, its acts, holds and reminders. */
class ArchiveProjectionTest {

    private static final String SCHOOL = "bishkek-school-61";
    private static final String LONDON_SCHOOL = "london-school-1";
    private static final String MA = "ma-kyrgyz-tili";
    private static final String LONDON_MA = "ma-london";
    private static final String PROTOCOLS = ArchiveDocuments.protocolsOf(MA, 2026);
    private static final String PLAN = ArchiveDocuments.annualPlan("plan-2026");
    private static final String ANALYSIS = ArchiveDocuments.yearAnalysisOf(MA, 2026);
    private static final String NEXT_PROTOCOLS = ArchiveDocuments.protocolsOf(MA, 2027);
    private static final String LONDON_PROTOCOLS = ArchiveDocuments.protocolsOf(LONDON_MA, 2026);
    private static final String HOLD = "Райондук билим берүү бөлүмүнүн текшерүүсү: ң ө ү";
    private static final LocalDate DUE = LocalDate.of(2030, 9, 1);

    private JdbcClient jdbc;
    private ArchiveProjection projection;

    @BeforeEach
    void freshReadModels() {
        jdbc = ReadModelDatabase.fresh();
        jdbc.sql("TRUNCATE rm_archive_document").update();
        projection = new ArchiveProjection(jdbc);
        StaffProjectionAccess staff = new StaffProjectionAccess(jdbc);
        staff.on(new SchoolRegisteredEvent(SCHOOL, "№61 мектеп-гимназия", "Бишкек", "Asia/Bishkek"));
        staff.on(new SchoolRegisteredEvent(LONDON_SCHOOL, "Кыргыз мектеби", "Лондон", "Europe/London"));
        new AssociationProjectionAccess(jdbc).on(new AssociationCreatedEvent(MA, SCHOOL, "Кыргыз тили жана адабияты",
                AssociationKind.SUBJECT_AREA, List.of("Тил жана адабият"), List.of("Кыргыз тили"),
                List.of("t1", "t2", "t3", "t4"), new DocumentRef("45", LocalDate.of(2026, 8, 28)),
                new Proposal(Role.DEPUTY_TEACHING, "12", LocalDate.of(2026, 8, 25)),
                new DocumentRef("1", LocalDate.of(2026, 8, 20)), new DocumentRef("1", LocalDate.of(2026, 8, 22))));
    }

    /** The queries as they answer at that instant. */
    private ArchiveQueries at(String instant) {
        return new ArchiveQueries(jdbc, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    /** The queries at nine in the morning of that day in Bishkek. */
    private ArchiveQueries on(LocalDate day) {
        return at(day.atTime(9, 0).atZone(ZoneId.of("Asia/Bishkek")).toInstant().toString());
    }

    private static ProtocolRecordedEvent protocol(String school, String association, int year, int number) {
        ProtocolContent content = new ProtocolContent(LocalDate.of(year, 10, number), List.of("t1"), List.of(),
                List.of(), List.of("Күн тартиби"), List.of(), List.of());
        return new ProtocolRecordedEvent("book", school, association, year, number, content, 4, true, "h" + number);
    }

    private void theYear2026Written() {
        projection.on(protocol(SCHOOL, MA, 2026, 1));
        projection.on(protocol(SCHOOL, MA, 2026, 2));
        projection.on(new AnnualPlanDraftedEvent("plan-2026", SCHOOL, MA, 2026, 1, null, "h"));
        projection.on(new YearAnalysisRecordedEvent("book", SCHOOL, MA, 2026, 2, "Талдоо", List.of(), "deputy"));
        projection.on(protocol(SCHOOL, MA, 2027, 1));
    }

    private static RetainedDocument retained(String documentId, DocumentKind kind, int year) {
        return new RetainedDocument(documentId, kind, MA, year);
    }

    private static TransferActRecordedEvent transfer(LocalDate date, RetainedDocument... documents) {
        return new TransferActRecordedEvent(ArchiveDocuments.archiveOf(SCHOOL), SCHOOL, "act-7", "А-7", date,
                "Айнура Төлөгөнова", "Бүбүсара Өмүрова", List.of(documents));
    }

    private static DisposalActRecordedEvent disposal(LocalDate date, RetainedDocument... documents) {
        return new DisposalActRecordedEvent(ArchiveDocuments.archiveOf(SCHOOL), SCHOOL, "act-1", "Ж-1", date,
                List.of("Нурбек Үсөнов"), List.of(documents));
    }

    private static ArchiveDocumentView one(ArchiveQueries queries, String school, String documentId) {
        return queries.handle(new FindArchiveDocumentQuery(school, documentId)).orElseThrow();
    }

    @Test
    void aDocumentIsKeptAtSchoolUntilTheEndOfTheThirdSchoolYearAfterTheOneItClosedIn() {
        theYear2026Written();

        List<ArchiveDocumentView> onTheLastDay = on(DUE.minusDays(1))
                .handle(new FindArchiveDocumentsQuery(SCHOOL, null, null, null, false)).documents();
        assertThat(onTheLastDay).extracting(ArchiveDocumentView::documentId)
                .containsExactly(PLAN, PROTOCOLS, ANALYSIS, NEXT_PROTOCOLS);
        assertThat(onTheLastDay).extracting(ArchiveDocumentView::status).containsOnly(ArchiveStatus.AT_SCHOOL);
        assertThat(onTheLastDay.get(1).transferDueOn()).isEqualTo(DUE);
        assertThat(onTheLastDay.get(1).associationName()).isEqualTo("Кыргыз тили жана адабияты");
        assertThat(onTheLastDay.get(3).transferDueOn()).isEqualTo(LocalDate.of(2031, 9, 1));

        assertThat(on(DUE).handle(new FindArchiveDocumentsQuery(SCHOOL, null, null, null, false)).documents())
                .extracting(ArchiveDocumentView::status).containsExactly(ArchiveStatus.DUE_FOR_TRANSFER,
                        ArchiveStatus.DUE_FOR_TRANSFER, ArchiveStatus.DUE_FOR_TRANSFER, ArchiveStatus.AT_SCHOOL);
    }

    @Test
    void theDayTurnsAtMidnightInEachSchoolsOwnTimeZone() {
        projection.on(protocol(SCHOOL, MA, 2026, 1));
        projection.on(protocol(LONDON_SCHOOL, LONDON_MA, 2026, 1));
        // 19:00 UTC on 31 August 2030: 01:00 on 1 September in Bishkek, 20:00 on 31 August in London.
        ArchiveQueries evening = at("2030-08-31T19:00:00Z");

        assertThat(one(evening, SCHOOL, PROTOCOLS).status()).isEqualTo(ArchiveStatus.DUE_FOR_TRANSFER);
        assertThat(one(evening, LONDON_SCHOOL, LONDON_PROTOCOLS).status()).isEqualTo(ArchiveStatus.AT_SCHOOL);
        assertThat(one(at("2030-08-31T23:00:00Z"), LONDON_SCHOOL, LONDON_PROTOCOLS).status())
                .isEqualTo(ArchiveStatus.DUE_FOR_TRANSFER);
    }

    @Test
    void inTheArchiveForTenYearsFromTheTransferActThenDueForDisposalThenDisposed() {
        theYear2026Written();
        LocalDate transferred = LocalDate.of(2030, 9, 15);
        projection.on(transfer(transferred, retained(PROTOCOLS, DocumentKind.PROTOCOLS, 2026),
                retained(PLAN, DocumentKind.ANNUAL_PLAN, 2026)));

        ArchiveDocumentView inArchive = one(on(LocalDate.of(2040, 9, 14)), SCHOOL, PROTOCOLS);
        assertThat(inArchive.status()).isEqualTo(ArchiveStatus.IN_ARCHIVE);
        assertThat(inArchive.transferAct()).isEqualTo(new DocumentRef("А-7", transferred));
        assertThat(inArchive.disposalDueOn()).isEqualTo(LocalDate.of(2040, 9, 15));
        assertThat(one(on(LocalDate.of(2040, 9, 15)), SCHOOL, PROTOCOLS).status())
                .isEqualTo(ArchiveStatus.DUE_FOR_DISPOSAL);
        assertThat(one(on(LocalDate.of(2040, 9, 15)), SCHOOL, ANALYSIS).status())
                .as("never handed over").isEqualTo(ArchiveStatus.DUE_FOR_TRANSFER);

        projection.on(disposal(LocalDate.of(2040, 9, 20), retained(PROTOCOLS, DocumentKind.PROTOCOLS, 2026)));

        ArchiveDocumentView disposed = one(on(LocalDate.of(2041, 1, 10)), SCHOOL, PROTOCOLS);
        assertThat(disposed.status()).isEqualTo(ArchiveStatus.DISPOSED);
        assertThat(disposed.disposalAct()).isEqualTo(new DocumentRef("Ж-1", LocalDate.of(2040, 9, 20)));
        assertThat(disposed.transferAct()).isEqualTo(new DocumentRef("А-7", transferred));
    }

    @Test
    void aHoldIsShownUntilLifted() {
        theYear2026Written();
        projection.on(new DocumentHoldPlacedEvent(ArchiveDocuments.archiveOf(SCHOOL), SCHOOL, MA, PLAN,
                DocumentKind.ANNUAL_PLAN, 2026, HOLD));
        assertThat(one(on(DUE), SCHOOL, PLAN).hold()).isEqualTo(HOLD);

        projection.on(new DocumentHoldLiftedEvent(ArchiveDocuments.archiveOf(SCHOOL), SCHOOL, MA, PLAN,
                DocumentKind.ANNUAL_PLAN, 2026, "Текшерүү бүттү"));
        assertThat(one(on(DUE), SCHOOL, PLAN).hold()).isNull();
    }

    /** The command side refuses to dispose of a held document (UNDER_HOLD): it is not due for disposal while the hold stands. */
    @Test
    void aDocumentUnderAHoldStaysInTheArchiveWithItsHoldAndIsNotDueForDisposalUntilTheHoldIsLifted() {
        theYear2026Written();
        projection.on(transfer(DUE, retained(PROTOCOLS, DocumentKind.PROTOCOLS, 2026),
                retained(PLAN, DocumentKind.ANNUAL_PLAN, 2026)));
        projection.on(new DocumentHoldPlacedEvent(ArchiveDocuments.archiveOf(SCHOOL), SCHOOL, MA, PROTOCOLS,
                DocumentKind.PROTOCOLS, 2026, HOLD));
        ArchiveQueries tenYearsOn = on(LocalDate.of(2040, 10, 1));

        ArchiveDocumentView held = one(tenYearsOn, SCHOOL, PROTOCOLS);
        assertThat(held.status()).isEqualTo(ArchiveStatus.IN_ARCHIVE);
        assertThat(held.hold()).isEqualTo(HOLD);
        assertThat(held.disposalDueOn()).isEqualTo(LocalDate.of(2040, 9, 1));
        assertThat(one(tenYearsOn, SCHOOL, PLAN).status()).isEqualTo(ArchiveStatus.DUE_FOR_DISPOSAL);
        ArchiveDocumentList counted = tenYearsOn.handle(new FindArchiveDocumentsQuery(SCHOOL, MA,
                ArchiveStatus.DUE_FOR_DISPOSAL, null, true));
        assertThat(counted.documents()).extracting(ArchiveDocumentView::documentId).containsExactly(PLAN);
        assertThat(counted.byStatus()).containsEntry(ArchiveStatus.IN_ARCHIVE, 1L)
                .containsEntry(ArchiveStatus.DUE_FOR_DISPOSAL, 1L);
        assertThat(tenYearsOn.handle(new FindArchiveRemindersQuery(SCHOOL, 60)).reminders())
                .extracting(ArchiveReminder::documentId, ArchiveReminder::due)
                .containsExactly(tuple(ANALYSIS, ArchiveStatus.DUE_FOR_TRANSFER),
                        tuple(NEXT_PROTOCOLS, ArchiveStatus.DUE_FOR_TRANSFER), tuple(PLAN, ArchiveStatus.DUE_FOR_DISPOSAL));

        projection.on(new DocumentHoldLiftedEvent(ArchiveDocuments.archiveOf(SCHOOL), SCHOOL, MA, PROTOCOLS,
                DocumentKind.PROTOCOLS, 2026, "Текшерүү бүттү"));
        assertThat(one(tenYearsOn, SCHOOL, PROTOCOLS).status()).isEqualTo(ArchiveStatus.DUE_FOR_DISPOSAL);
        assertThat(tenYearsOn.handle(new FindArchiveRemindersQuery(SCHOOL, 60)).reminders())
                .extracting(ArchiveReminder::documentId).contains(PROTOCOLS);
    }

    /** A hold does not stop the transfer: a held document due for it is reminded of, its hold shown. */
    @Test
    void aDocumentUnderAHoldIsStillDueForTransfer() {
        theYear2026Written();
        projection.on(new DocumentHoldPlacedEvent(ArchiveDocuments.archiveOf(SCHOOL), SCHOOL, MA, PLAN,
                DocumentKind.ANNUAL_PLAN, 2026, HOLD));
        ArchiveQueries due = on(DUE);

        assertThat(one(due, SCHOOL, PLAN).status()).isEqualTo(ArchiveStatus.DUE_FOR_TRANSFER);
        assertThat(due.handle(new FindArchiveRemindersQuery(SCHOOL, 0)).reminders())
                .filteredOn(reminder -> reminder.documentId().equals(PLAN))
                .extracting(ArchiveReminder::due, ArchiveReminder::hold)
                .containsExactly(tuple(ArchiveStatus.DUE_FOR_TRANSFER, HOLD));
    }

    @Test
    void theArchivesEventsMayArriveBeforeTheDocumentsOwn() {
        projection.on(transfer(DUE, retained(PROTOCOLS, DocumentKind.PROTOCOLS, 2026)));
        projection.on(protocol(SCHOOL, MA, 2026, 1));

        ArchiveDocumentView view = one(on(DUE), SCHOOL, PROTOCOLS);
        assertThat(view.status()).isEqualTo(ArchiveStatus.IN_ARCHIVE);
        assertThat(view.kind()).isEqualTo(DocumentKind.PROTOCOLS);
        assertThat(view.transferDueOn()).isEqualTo(DUE);
    }

    @Test
    void aDisposalActMayArriveBeforeTheDocumentsOwn() {
        projection.on(disposal(LocalDate.of(2040, 9, 20), retained(PROTOCOLS, DocumentKind.PROTOCOLS, 2026)));
        projection.on(protocol(SCHOOL, MA, 2026, 1));

        ArchiveDocumentView view = one(on(LocalDate.of(2041, 1, 10)), SCHOOL, PROTOCOLS);
        assertThat(view.status()).isEqualTo(ArchiveStatus.DISPOSED);
        assertThat(view.disposalAct()).isEqualTo(new DocumentRef("Ж-1", LocalDate.of(2040, 9, 20)));
    }

    @Test
    void aHoldMayArriveBeforeTheDocumentsOwn() {
        projection.on(new DocumentHoldPlacedEvent(ArchiveDocuments.archiveOf(SCHOOL), SCHOOL, MA, PLAN,
                DocumentKind.ANNUAL_PLAN, 2026, HOLD));
        projection.on(new AnnualPlanDraftedEvent("plan-2026", SCHOOL, MA, 2026, 1, null, "h"));

        ArchiveDocumentView view = one(on(DUE), SCHOOL, PLAN);
        assertThat(view.hold()).isEqualTo(HOLD);
        assertThat(view.kind()).isEqualTo(DocumentKind.ANNUAL_PLAN);
    }

    @Test
    void documentsAreFilteredByStatusAssociationAndKindAndCounted() {
        theYear2026Written();
        projection.on(protocol(SCHOOL, "ma-matematika", 2026, 1));
        projection.on(transfer(DUE, retained(PROTOCOLS, DocumentKind.PROTOCOLS, 2026)));
        ArchiveQueries queries = on(LocalDate.of(2030, 10, 1));

        ArchiveDocumentList due = queries.handle(new FindArchiveDocumentsQuery(SCHOOL, MA,
                ArchiveStatus.DUE_FOR_TRANSFER, null, true));
        assertThat(due.documents()).extracting(ArchiveDocumentView::documentId).containsExactly(PLAN, ANALYSIS);
        assertThat(due.total()).isEqualTo(2);
        assertThat(due.byStatus()).containsEntry(ArchiveStatus.AT_SCHOOL, 1L)
                .containsEntry(ArchiveStatus.DUE_FOR_TRANSFER, 2L).containsEntry(ArchiveStatus.IN_ARCHIVE, 1L)
                .containsEntry(ArchiveStatus.DUE_FOR_DISPOSAL, 0L).containsEntry(ArchiveStatus.DISPOSED, 0L);

        assertThat(queries.handle(new FindArchiveDocumentsQuery(SCHOOL, null, null, DocumentKind.PROTOCOLS, false))
                .documents()).extracting(ArchiveDocumentView::documentId)
                .containsExactlyInAnyOrder(PROTOCOLS, NEXT_PROTOCOLS, ArchiveDocuments.protocolsOf("ma-matematika", 2026));
        ArchiveDocumentList uncounted = queries.handle(new FindArchiveDocumentsQuery(SCHOOL, null, null, null, false));
        assertThat(uncounted.total()).isNull();
        assertThat(uncounted.byStatus()).isNull();
        assertThat(queries.handle(new FindArchiveDocumentQuery(LONDON_SCHOOL, PROTOCOLS))).as("another school's").isEmpty();
    }

    @Test
    void remindersListWhatFallsDueWithinTheHorizonAndWhatIsDueAndNotYetActedOn() {
        theYear2026Written();

        ArchiveReminders ahead = on(LocalDate.of(2030, 7, 10)).handle(new FindArchiveRemindersQuery(SCHOOL, 60));
        assertThat(ahead.today()).isEqualTo(LocalDate.of(2030, 7, 10));
        assertThat(ahead.reminders()).extracting(ArchiveReminder::documentId).containsExactly(PLAN, PROTOCOLS, ANALYSIS);
        assertThat(ahead.reminders()).extracting(ArchiveReminder::due).containsOnly(ArchiveStatus.DUE_FOR_TRANSFER);
        assertThat(ahead.reminders()).extracting(ArchiveReminder::daysLeft).containsOnly(53L);
        assertThat(on(LocalDate.of(2030, 7, 10)).handle(new FindArchiveRemindersQuery(SCHOOL, 52)).reminders()).isEmpty();

        assertThat(on(LocalDate.of(2030, 9, 5)).handle(new FindArchiveRemindersQuery(SCHOOL, 0)).reminders())
                .extracting(ArchiveReminder::daysLeft).containsExactly(-4L, -4L, -4L);

        projection.on(transfer(DUE, retained(PROTOCOLS, DocumentKind.PROTOCOLS, 2026)));
        assertThat(on(LocalDate.of(2030, 9, 5)).handle(new FindArchiveRemindersQuery(SCHOOL, 0)).reminders())
                .extracting(ArchiveReminder::documentId).containsExactly(PLAN, ANALYSIS);

        ArchiveReminder disposal = on(LocalDate.of(2040, 7, 15)).handle(new FindArchiveRemindersQuery(SCHOOL, 60))
                .reminders().stream().filter(r -> r.documentId().equals(PROTOCOLS)).findFirst().orElseThrow();
        assertThat(disposal.due()).isEqualTo(ArchiveStatus.DUE_FOR_DISPOSAL);
        assertThat(disposal.dueOn()).isEqualTo(LocalDate.of(2040, 9, 1));

        projection.on(disposal(LocalDate.of(2040, 9, 1), retained(PROTOCOLS, DocumentKind.PROTOCOLS, 2026)));
        assertThat(on(LocalDate.of(2040, 9, 2)).handle(new FindArchiveRemindersQuery(SCHOOL, 60)).reminders())
                .extracting(ArchiveReminder::documentId).doesNotContain(PROTOCOLS);
    }
}
