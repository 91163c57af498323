package kg.mektep.birikme.query.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.archive.DocumentHoldLiftedEvent;
import kg.mektep.birikme.api.archive.DocumentHoldPlacedEvent;
import kg.mektep.birikme.api.archive.DocumentKind;
import kg.mektep.birikme.api.archive.RetainedDocument;
import kg.mektep.birikme.api.archive.TransferActRecordedEvent;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.api.timeline.OverdueKind;
import kg.mektep.birikme.query.archive.ArchiveProjectionAccess;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** R12 (clause 5.9) in the timelines, on a real PostgreSQL: what the archive owes, and a hold keeps a document from disposal. */
class ArchiveDocumentsDueTest {

    private static final String SCHOOL = "school-naryn-2";
    private static final String MA = "ma-biologiya";
    private static final String PLAN_2026 = ArchiveDocuments.annualPlan("plan-2026");
    private static final String PLAN_2027 = ArchiveDocuments.annualPlan("plan-2027");

    private JdbcClient jdbc;
    private AnnotationEventHandlerAdapter archive;

    @BeforeEach
    void twoPlansHandedOverToTheArchive() throws Exception {
        jdbc = ReadModelDatabase.fresh();
        jdbc.sql("TRUNCATE rm_archive_document").update();
        archive = new AnnotationEventHandlerAdapter(ArchiveProjectionAccess.projection(jdbc));
        on(new AnnualPlanDraftedEvent("plan-2026", SCHOOL, MA, 2026, 1, null, "h"));
        on(new AnnualPlanDraftedEvent("plan-2027", SCHOOL, MA, 2027, 1, null, "h"));
        on(new TransferActRecordedEvent(ArchiveDocuments.archiveOf(SCHOOL), SCHOOL, "act-1", "А-1",
                LocalDate.of(2031, 9, 10), "Айнура Төлөгөнова", "Бүбүсара Өмүрова",
                List.of(new RetainedDocument(PLAN_2026, DocumentKind.ANNUAL_PLAN, MA, 2026),
                        new RetainedDocument(PLAN_2027, DocumentKind.ANNUAL_PLAN, MA, 2027))));
    }

    private void on(Object event) throws Exception {
        archive.handle(GenericEventMessage.asEventMessage(event));
    }

    private List<Overdue> overdueOn(String today) {
        LocalDate day = LocalDate.parse(today);
        return new ArchiveDocumentsDue(jdbc).overdue(new OverdueScope(SCHOOL, ZoneId.of("Asia/Bishkek"),
                SchoolYear.containing(day), day));
    }

    @Test
    void aDocumentUnderAHoldIsNotOverdueForDisposalWhileTheHoldStands() throws Exception {
        on(new DocumentHoldPlacedEvent(ArchiveDocuments.archiveOf(SCHOOL), SCHOOL, MA, PLAN_2026,
                DocumentKind.ANNUAL_PLAN, 2026, "Прокуратуранын суроо-талабы: ң ө ү"));

        assertThat(overdueOn("2041-10-01")).extracting(Overdue::kind, overdue -> overdue.links().documentId(), Overdue::due)
                .containsExactly(tuple(OverdueKind.DOCUMENT_DISPOSAL_DUE, PLAN_2027, LocalDate.of(2041, 9, 10)));

        on(new DocumentHoldLiftedEvent(ArchiveDocuments.archiveOf(SCHOOL), SCHOOL, MA, PLAN_2026,
                DocumentKind.ANNUAL_PLAN, 2026, "Суроо-талап жабылды"));
        assertThat(overdueOn("2041-10-01")).extracting(overdue -> overdue.links().documentId())
                .containsExactlyInAnyOrder(PLAN_2026, PLAN_2027);
    }
}
