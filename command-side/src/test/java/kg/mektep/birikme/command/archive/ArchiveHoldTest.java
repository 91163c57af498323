package kg.mektep.birikme.command.archive;

import static kg.mektep.birikme.command.archive.ArchiveTestData.*;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import kg.mektep.birikme.api.archive.DocumentHoldLiftedEvent;
import kg.mektep.birikme.api.archive.DocumentKind;
import kg.mektep.birikme.api.archive.LiftDocumentHoldCommand;
import kg.mektep.birikme.api.archive.PlaceDocumentHoldCommand;
import kg.mektep.birikme.api.common.Refusal;
import org.junit.jupiter.api.Test;

/** A hold keeps a document from disposal, at school or in the archive, until it is lifted. */
class ArchiveHoldTest {

    private static final String LIFTED = "Текшерүү аяктады, дооматтар жок";

    private final Today today = new Today(DUE);

    private static PlaceDocumentHoldCommand hold(String documentId, String reason) {
        return new PlaceDocumentHoldCommand(ARCHIVE, SCHOOL, documentId, reason);
    }

    private static LiftDocumentHoldCommand lift(String documentId, String reason) {
        return new LiftDocumentHoldCommand(ARCHIVE, SCHOOL, documentId, reason);
    }

    @Test
    void aHoldIsPlacedOnADocumentAtSchoolAndLifted() {
        fixture(today).givenNoPriorActivity()
                .when(hold(PROTOCOLS, " " + HOLD_REASON + " "), asDirector())
                .expectEvents(held(PROTOCOLS));
        fixture(today).given(held(PROTOCOLS))
                .when(lift(PROTOCOLS, LIFTED), asDirector())
                .expectEvents(new DocumentHoldLiftedEvent(ARCHIVE, SCHOOL, ASSOCIATION, PROTOCOLS, DocumentKind.PROTOCOLS,
                        2026, LIFTED));
    }

    @Test
    void aHoldIsPlacedOnADocumentInTheArchive() {
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS))
                .when(hold(PROTOCOLS, HOLD_REASON), asDirector())
                .expectEvents(held(PROTOCOLS));
    }

    @Test
    void aDocumentHasOneHoldAtATime() {
        fixture(today).given(held(PROTOCOLS))
                .when(hold(PROTOCOLS, "Дагы бир себеп"), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ALREADY_UNDER_HOLD, PROTOCOLS));
    }

    @Test
    void onlyAHoldThatStandsIsLifted() {
        fixture(today).givenNoPriorActivity()
                .when(lift(PROTOCOLS, LIFTED), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_UNDER_HOLD, PROTOCOLS));
        fixture(today).given(held(PROTOCOLS), new DocumentHoldLiftedEvent(ARCHIVE, SCHOOL, ASSOCIATION, PROTOCOLS,
                        DocumentKind.PROTOCOLS, 2026, LIFTED))
                .when(lift(PROTOCOLS, LIFTED), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_UNDER_HOLD, PROTOCOLS));
    }

    @Test
    void nothingIsHeldOnceDisposedOf() {
        fixture(today).given(transferred("act-А-7", "А-7", DUE, PROTOCOLS),
                        disposed("act-Ж-1", "Ж-1", DISPOSAL_DUE, PROTOCOLS))
                .when(hold(PROTOCOLS, HOLD_REASON), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ALREADY_DISPOSED, PROTOCOLS, "Ж-1"));
    }

    @Test
    void aHoldAndItsLiftingSayWhy() {
        fixture(today).givenNoPriorActivity()
                .when(hold(PROTOCOLS, "  "), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "reason"));
        fixture(today).given(held(PROTOCOLS))
                .when(lift(PROTOCOLS, null), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "reason"));
    }

    @Test
    void onlyADocumentOfTheSchoolIsHeld() {
        fixture(today).givenNoPriorActivity()
                .when(hold(OTHER_SCHOOLS_PROTOCOLS, HOLD_REASON), asDirector())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND, OTHER_SCHOOLS_PROTOCOLS));
    }
}
