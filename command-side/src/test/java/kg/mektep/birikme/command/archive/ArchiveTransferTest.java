package kg.mektep.birikme.command.archive;

import static kg.mektep.birikme.command.archive.ArchiveTestData.*;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.archive.RecordTransferActCommand;
import kg.mektep.birikme.api.common.Refusal;
import org.junit.jupiter.api.Test;

/** R12 (clause 5.9): after three years at school the director hands protocols, plans and analyses over to the archive. */
class ArchiveTransferTest {

    private final Today today = new Today(DUE);

    private static RecordTransferActCommand act(String number, LocalDate date, String... documentIds) {
        return new RecordTransferActCommand(ARCHIVE, SCHOOL, "act-" + number, number, date, HANDED_OVER_BY, RECEIVED_BY,
                List.of(documentIds));
    }

    @Test
    void theDirectorHandsOverTheYearsDocumentsOnTheFirstDayTheyAreDue() {
        fixture(today).givenNoPriorActivity()
                .when(new RecordTransferActCommand(ARCHIVE, SCHOOL, "act-А-7", " А-7 ", DUE, " " + HANDED_OVER_BY,
                        RECEIVED_BY + " ", List.of(PROTOCOLS, PLAN, ANALYSIS)), asDirector())
                .expectSuccessfulHandlerExecution()
                .expectEvents(transferred("act-А-7", "А-7", DUE, PROTOCOLS, PLAN, ANALYSIS));
    }

    @Test
    void notTheDayBeforeTheirThreeYearsAtSchoolAreOver() {
        today.day = DUE.minusDays(1);
        fixture(today).givenNoPriorActivity()
                .when(act("А-7", DUE.minusDays(1), PROTOCOLS), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.TOO_EARLY, PROTOCOLS, DUE));
    }

    @Test
    void aDocumentOfTheNextSchoolYearWaitsOneYearMore() {
        fixture(today).givenNoPriorActivity()
                .when(act("А-7", DUE, PROTOCOLS, NEXT_PROTOCOLS), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.TOO_EARLY, NEXT_PROTOCOLS, LocalDate.of(2031, 9, 1)));
    }

    @Test
    void aLateTransferIsStillATransfer() {
        today.day = LocalDate.of(2033, 5, 5);
        fixture(today).givenNoPriorActivity()
                .when(act("А-12", LocalDate.of(2033, 5, 5), PROTOCOLS), asDirector())
                .expectEvents(transferred("act-А-12", "А-12", LocalDate.of(2033, 5, 5), PROTOCOLS));
    }

    @Test
    void anActIsNotDatedAfterTodayInTheSchool() {
        today.day = DUE.minusDays(1);
        fixture(today).givenNoPriorActivity()
                .when(act("А-7", DUE, PROTOCOLS), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ACT_DATE_IN_FUTURE, DUE, DUE.minusDays(1)));
    }

    @Test
    void aDocumentIsHandedOverOnce() {
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS))
                .when(act("А-8", DUE, PLAN, PROTOCOLS), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ALREADY_IN_ARCHIVE, PROTOCOLS, DUE));
    }

    @Test
    void aDisposedDocumentIsNotHandedOverAgain() {
        today.day = DISPOSAL_DUE;
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS),
                        disposed("act-Ж-1", "Ж-1", DISPOSAL_DUE, PROTOCOLS))
                .when(act("А-20", DISPOSAL_DUE, PROTOCOLS), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ALREADY_DISPOSED, PROTOCOLS, "Ж-1"));
    }

    @Test
    void anUnknownDocumentOrOneOfAnotherSchoolIsNotFound() {
        String unknown = ArchiveDocuments.protocolsOf("ma-zhok", 2026);
        for (String documentId : List.of(unknown, OTHER_SCHOOLS_PROTOCOLS)) {
            fixture(today).givenNoPriorActivity()
                    .when(act("А-7", DUE, PROTOCOLS, documentId), asDirector())
                    .expectNoEvents()
                    .expectException(refusedWith(Refusal.NOT_FOUND, documentId));
        }
    }

    @Test
    void anActNamesEachDocumentOnce() {
        fixture(today).givenNoPriorActivity()
                .when(act("А-7", DUE, PROTOCOLS, PLAN, PROTOCOLS), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.DOCUMENT_LISTED_TWICE, PROTOCOLS));
    }

    @Test
    void anActHasItsIdentifierNumberDatePeopleAndDocuments() {
        List<RecordTransferActCommand> incomplete = List.of(
                new RecordTransferActCommand(ARCHIVE, SCHOOL, " ", "А-7", DUE, HANDED_OVER_BY, RECEIVED_BY, List.of(PLAN)),
                new RecordTransferActCommand(ARCHIVE, SCHOOL, "a", " ", DUE, HANDED_OVER_BY, RECEIVED_BY, List.of(PLAN)),
                new RecordTransferActCommand(ARCHIVE, SCHOOL, "a", "А-7", null, HANDED_OVER_BY, RECEIVED_BY, List.of(PLAN)),
                new RecordTransferActCommand(ARCHIVE, SCHOOL, "a", "А-7", DUE, null, RECEIVED_BY, List.of(PLAN)),
                new RecordTransferActCommand(ARCHIVE, SCHOOL, "a", "А-7", DUE, HANDED_OVER_BY, "", List.of(PLAN)),
                new RecordTransferActCommand(ARCHIVE, SCHOOL, "a", "А-7", DUE, HANDED_OVER_BY, RECEIVED_BY, List.of()),
                new RecordTransferActCommand(ARCHIVE, SCHOOL, "a", "А-7", DUE, HANDED_OVER_BY, RECEIVED_BY,
                        Arrays.asList((String) null)));
        List<String> fields = List.of("actId", "number", "date", "handedOverBy", "receivedBy", "documentIds",
                "documentIds");
        for (int i = 0; i < incomplete.size(); i++) {
            fixture(today).givenNoPriorActivity()
                    .when(incomplete.get(i), asDirector())
                    .expectNoEvents()
                    .expectException(refusedWith(Refusal.FIELD_REQUIRED, fields.get(i)));
        }
    }

    @Test
    void aSchoolHasOneArchiveAndReachesNoOther() {
        fixture(today).givenNoPriorActivity()
                .when(new RecordTransferActCommand(ArchiveDocuments.archiveOf(OTHER_SCHOOL), SCHOOL, "a", "А-7", DUE,
                        HANDED_OVER_BY, RECEIVED_BY, List.of(PROTOCOLS)), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, ArchiveDocuments.archiveOf(OTHER_SCHOOL)));
    }
}
