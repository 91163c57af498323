package kg.mektep.birikme.command.archive;

import static kg.mektep.birikme.command.archive.ArchiveTestData.*;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.archive.DocumentHoldLiftedEvent;
import kg.mektep.birikme.api.archive.RecordDisposalActCommand;
import kg.mektep.birikme.api.common.Refusal;
import org.junit.jupiter.api.Test;

/** R12 (clause 5.9): after ten years in the archive, documents not under a hold are disposed of by an act. */
class ArchiveDisposalTest {

    private final Today today = new Today(DISPOSAL_DUE);

    private static RecordDisposalActCommand act(String number, LocalDate date, String... documentIds) {
        return new RecordDisposalActCommand(ARCHIVE, SCHOOL, "act-" + number, number, date, COMMISSION,
                List.of(documentIds));
    }

    @Test
    void theDirectorDisposesOfDocumentsTenYearsAfterTheirTransfer() {
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS, PLAN))
                .when(act("Ж-1", DISPOSAL_DUE, PROTOCOLS, PLAN), asDirector())
                .expectSuccessfulHandlerExecution()
                .expectEvents(disposed("act-Ж-1", "Ж-1", DISPOSAL_DUE, PROTOCOLS, PLAN));
    }

    @Test
    void notTheDayBeforeTheirTenYearsInTheArchiveAreOver() {
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS))
                .when(act("Ж-1", DISPOSAL_DUE.minusDays(1), PROTOCOLS), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ARCHIVE_TERM_NOT_PASSED, PROTOCOLS, DISPOSAL_DUE));
    }

    @Test
    void theTenYearsRunFromALateTransferNotFromTheDayItWasDue() {
        LocalDate lateTransfer = LocalDate.of(2032, 3, 15);
        today.day = LocalDate.of(2042, 3, 15);
        fixture(today).given(transferred("act-А-12", "А-12", lateTransfer, PROTOCOLS))
                .when(act("Ж-3", LocalDate.of(2042, 3, 14), PROTOCOLS), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ARCHIVE_TERM_NOT_PASSED, PROTOCOLS, LocalDate.of(2042, 3, 15)));
        fixture(today).given(transferred("act-А-12", "А-12", lateTransfer, PROTOCOLS))
                .when(act("Ж-3", LocalDate.of(2042, 3, 15), PROTOCOLS), asDirector())
                .expectEvents(disposed("act-Ж-3", "Ж-3", LocalDate.of(2042, 3, 15), PROTOCOLS));
    }

    @Test
    void onlyADocumentInTheArchiveIsDisposedOf() {
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS))
                .when(act("Ж-1", DISPOSAL_DUE, PROTOCOLS, PLAN), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_IN_ARCHIVE, PLAN));
    }

    @Test
    void notADocumentUnderAHold() {
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS, PLAN), held(PROTOCOLS))
                .when(act("Ж-1", DISPOSAL_DUE, PLAN, PROTOCOLS), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.UNDER_HOLD, PROTOCOLS, HOLD_REASON));
    }

    @Test
    void onceTheHoldIsLiftedTheDocumentIsDisposedOf() {
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS), held(PROTOCOLS),
                        new DocumentHoldLiftedEvent(ARCHIVE, SCHOOL, ASSOCIATION, PROTOCOLS,
                                document(PROTOCOLS).kind(), 2026, "Текшерүү бүттү"))
                .when(act("Ж-1", DISPOSAL_DUE, PROTOCOLS), asDirector())
                .expectEvents(disposed("act-Ж-1", "Ж-1", DISPOSAL_DUE, PROTOCOLS));
    }

    @Test
    void aDocumentIsDisposedOfOnce() {
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS),
                        disposed("act-Ж-1", "Ж-1", DISPOSAL_DUE, PROTOCOLS))
                .when(act("Ж-2", DISPOSAL_DUE, PROTOCOLS), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ALREADY_DISPOSED, PROTOCOLS, "Ж-1"));
    }

    @Test
    void aDisposalActIsNotDatedAfterToday() {
        today.day = DISPOSAL_DUE.minusDays(1);
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS))
                .when(act("Ж-1", DISPOSAL_DUE, PROTOCOLS), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ACT_DATE_IN_FUTURE, DISPOSAL_DUE, DISPOSAL_DUE.minusDays(1)));
    }

    @Test
    void theCommissionThatReviewedTheDocumentsIsNamed() {
        for (List<String> commission : List.of(List.<String>of(), List.of("  "))) {
            fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS))
                    .when(new RecordDisposalActCommand(ARCHIVE, SCHOOL, "a", "Ж-1", DISPOSAL_DUE, commission,
                            List.of(PROTOCOLS)), asDirector())
                    .expectNoEvents()
                    .expectException(refusedWith(Refusal.FIELD_REQUIRED, "commission"));
        }
    }

    @Test
    void aSchoolDisposesOfNothingInAnotherSchoolsArchive() {
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS))
                .when(new RecordDisposalActCommand(ARCHIVE, OTHER_SCHOOL, "a", "Ж-1", DISPOSAL_DUE, COMMISSION,
                        List.of(PROTOCOLS)), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, ARCHIVE));
        fixture(today).givenNoPriorActivity()
                .when(new RecordDisposalActCommand(ArchiveDocuments.archiveOf(OTHER_SCHOOL), SCHOOL, "a", "Ж-1",
                        DISPOSAL_DUE, COMMISSION, List.of(PROTOCOLS)), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, ArchiveDocuments.archiveOf(OTHER_SCHOOL)));
    }

    @Test
    void aDisposalActNamesEachDocumentOnceAndOnlyKnownOnes() {
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS))
                .when(act("Ж-1", DISPOSAL_DUE, PROTOCOLS, PROTOCOLS), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.DOCUMENT_LISTED_TWICE, PROTOCOLS));
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS))
                .when(act("Ж-1", DISPOSAL_DUE, OTHER_SCHOOLS_PROTOCOLS), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, OTHER_SCHOOLS_PROTOCOLS));
    }
}
