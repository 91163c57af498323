package kg.mektep.birikme.command.meeting;

import static kg.mektep.birikme.command.meeting.MeetingTestData.*;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.meeting.CompleteResolutionCommand;
import kg.mektep.birikme.api.meeting.CorrectProtocolCommand;
import kg.mektep.birikme.api.meeting.MeetingScheduledEvent;
import kg.mektep.birikme.api.meeting.ProtocolBooks;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.ProtocolCorrectedEvent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.RecordProtocolCommand;
import kg.mektep.birikme.api.meeting.ResolutionCompletedEvent;
import kg.mektep.birikme.api.meeting.ScheduleMeetingCommand;
import org.junit.jupiter.api.Test;

/** R9 and clause 5.6: who keeps the book, scheduling, corrections instead of edits, done resolutions. */
class ProtocolBookKeepingTest {

    private static final ProtocolContent FIRST = protocol(FIRST_MEETING);
    private static final ProtocolContent NOT_QUORATE =
            protocol(SECOND_MEETING, List.of(CHAIR, AIGUL), List.of(ill(CHOLPON), ill(NURBEK)));

    private static ScheduleMeetingCommand schedule(LocalDate date, List<String> agenda) {
        return new ScheduleMeetingCommand(BOOK, SCHOOL, ASSOCIATION, YEAR, date, agenda);
    }

    private static CorrectProtocolCommand correct(int number, String field, String correction, String reason) {
        return new CorrectProtocolCommand(BOOK, SCHOOL, number, field, correction, reason);
    }

    private static CompleteResolutionCommand complete(int number, int resolution) {
        return new CompleteResolutionCommand(BOOK, SCHOOL, number, resolution);
    }

    // --- scheduling --------------------------------------------------------------------------

    @Test
    void theChairSchedulesAMeeting() {
        fixture().givenNoPriorActivity()
                .when(schedule(FIRST_MEETING, AGENDA), asChair())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MeetingScheduledEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, FIRST_MEETING, AGENDA));

        fixture().given(recorded(1, FIRST))
                .when(schedule(SECOND_MEETING, AGENDA), asChair())
                .expectEvents(new MeetingScheduledEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, SECOND_MEETING, AGENDA));
    }

    @Test
    void aMeetingIsScheduledWithinTheBooksSchoolYear() {
        for (LocalDate outside : List.of(LocalDate.of(2025, 8, 31), LocalDate.of(2026, 9, 1))) {
            fixture().givenNoPriorActivity()
                    .when(schedule(outside, AGENDA), asChair())
                    .expectException(refusedWith(Refusal.PROTOCOL_OUTSIDE_SCHOOL_YEAR, outside, "2025-2026"))
                    .expectNoEvents();
        }
        fixture().givenNoPriorActivity()
                .when(schedule(null, AGENDA), asChair())
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "date"))
                .expectNoEvents();
    }

    @Test
    void aMeetingIsScheduledWithAnAgenda() {
        for (List<String> agenda : Arrays.<List<String>>asList(null, List.of(), List.of("  "),
                Arrays.asList((String) null))) {
            fixture().givenNoPriorActivity()
                    .when(schedule(FIRST_MEETING, agenda), asChair())
                    .expectException(refusedWith(Refusal.FIELD_REQUIRED, "agenda"))
                    .expectNoEvents();
        }
    }

    // --- who keeps the book ------------------------------------------------------------------

    @Test
    void onlyTheChairKeepsTheBook() {
        for (String notChair : List.of(AIGUL, OUTSIDER, ASEL)) {
            fixture().givenNoPriorActivity()
                    .when(record(FIRST), as(notChair))
                    .expectException(refusedWith(Refusal.NOT_THE_CHAIR))
                    .expectNoEvents();
            fixture().givenNoPriorActivity()
                    .when(schedule(FIRST_MEETING, AGENDA), as(notChair))
                    .expectException(refusedWith(Refusal.NOT_THE_CHAIR))
                    .expectNoEvents();
            fixture().given(recorded(1, FIRST))
                    .when(correct(1, "Угулду", "Айгүл Өмүрбекова", "Жаңылыш жазылган"), as(notChair))
                    .expectException(refusedWith(Refusal.NOT_THE_CHAIR))
                    .expectNoEvents();
            fixture().given(recorded(1, FIRST))
                    .when(complete(1, 1), as(notChair))
                    .expectException(refusedWith(Refusal.NOT_THE_CHAIR))
                    .expectNoEvents();
        }
    }

    @Test
    void aCommandWithoutAnActorIsNotTheChairs() {
        fixture().givenNoPriorActivity()
                .when(record(FIRST))
                .expectException(refusedWith(Refusal.NOT_THE_CHAIR))
                .expectNoEvents();
        fixture().givenNoPriorActivity()
                .when(schedule(FIRST_MEETING, AGENDA))
                .expectException(refusedWith(Refusal.NOT_THE_CHAIR))
                .expectNoEvents();
        fixture().given(recorded(1, FIRST))
                .when(correct(1, "Угулду", "Айгүл Өмүрбекова", "Жаңылыш жазылган"))
                .expectException(refusedWith(Refusal.NOT_THE_CHAIR))
                .expectNoEvents();
        fixture().given(recorded(1, FIRST))
                .when(complete(1, 1))
                .expectException(refusedWith(Refusal.NOT_THE_CHAIR))
                .expectNoEvents();
    }

    @Test
    void dissolvedAssociationKeepsNoProtocols() {
        String book = ProtocolBooks.idOf(DISSOLVED_ASSOCIATION, YEAR);
        fixture().givenNoPriorActivity()
                .when(new RecordProtocolCommand(book, SCHOOL, DISSOLVED_ASSOCIATION, YEAR,
                        protocol(FIRST_MEETING, List.of(CHAIR, AIGUL), List.of())), asChair())
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, DISSOLVED_ASSOCIATION))
                .expectNoEvents();
        fixture().givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(book, SCHOOL, DISSOLVED_ASSOCIATION, YEAR, FIRST_MEETING, AGENDA),
                        asChair())
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, DISSOLVED_ASSOCIATION))
                .expectNoEvents();

        var dissolved = new ProtocolRecordedEvent(book, SCHOOL, DISSOLVED_ASSOCIATION,
                YEAR, 1, protocol(FIRST_MEETING, List.of(CHAIR, AIGUL), List.of()), 2, true, "hash");
        fixture().given(dissolved)
                .when(new CorrectProtocolCommand(book, SCHOOL, 1, "Угулду", "Айгүл Өмүрбекова", "Жаңылыш жазылган"),
                        asChair())
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, DISSOLVED_ASSOCIATION))
                .expectNoEvents();
        fixture().given(dissolved)
                .when(new CompleteResolutionCommand(book, SCHOOL, 1, 1), asChair())
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, DISSOLVED_ASSOCIATION))
                .expectNoEvents();
    }

    @Test
    void anotherSchoolsBookLooksUnknown() {
        // A book of this school, addressed from another school.
        fixture().given(recorded(1, FIRST))
                .when(new RecordProtocolCommand(BOOK, OTHER_SCHOOL, ASSOCIATION, YEAR, protocol(SECOND_MEETING)),
                        asChair())
                .expectException(refusedWith(Refusal.NOT_FOUND, BOOK))
                .expectNoEvents();
        fixture().given(recorded(1, FIRST))
                .when(new ScheduleMeetingCommand(BOOK, OTHER_SCHOOL, ASSOCIATION, YEAR, SECOND_MEETING, AGENDA),
                        asChair())
                .expectException(refusedWith(Refusal.NOT_FOUND, BOOK))
                .expectNoEvents();
        fixture().given(recorded(1, FIRST))
                .when(new CorrectProtocolCommand(BOOK, OTHER_SCHOOL, 1, "Угулду", "Айгүл", "Жаңылыш"), asChair())
                .expectException(refusedWith(Refusal.NOT_FOUND, BOOK))
                .expectNoEvents();
        fixture().given(recorded(1, FIRST))
                .when(new CompleteResolutionCommand(BOOK, OTHER_SCHOOL, 1, 1), asChair())
                .expectException(refusedWith(Refusal.NOT_FOUND, BOOK))
                .expectNoEvents();

        // A new book of another school's association, opened from this school.
        String oshBook = ProtocolBooks.idOf(OTHER_SCHOOLS_ASSOCIATION, YEAR);
        fixture().givenNoPriorActivity()
                .when(new RecordProtocolCommand(oshBook, SCHOOL, OTHER_SCHOOLS_ASSOCIATION, YEAR,
                        protocol(FIRST_MEETING, List.of("t-osh-chair", "t-osh-member"), List.of())), as("t-osh-chair"))
                .expectException(refusedWith(Refusal.NOT_FOUND, OTHER_SCHOOLS_ASSOCIATION))
                .expectNoEvents();
        String unknownBook = ProtocolBooks.idOf("ma-unknown", YEAR);
        fixture().givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(unknownBook, SCHOOL, "ma-unknown", YEAR, FIRST_MEETING, AGENDA),
                        asChair())
                .expectException(refusedWith(Refusal.NOT_FOUND, "ma-unknown"))
                .expectNoEvents();
    }

    @Test
    void aWrongBookIdIsRefused() {
        for (String wrong : List.of("protocols-ma-kyrgyz-tili", NEXT_YEARS_BOOK,
                ProtocolBooks.idOf(MATH_ASSOCIATION, YEAR))) {
            fixture().givenNoPriorActivity()
                    .when(new RecordProtocolCommand(wrong, SCHOOL, ASSOCIATION, YEAR, FIRST), asChair())
                    .expectException(refusedWith(Refusal.NOT_FOUND, wrong))
                    .expectNoEvents();
            fixture().givenNoPriorActivity()
                    .when(new ScheduleMeetingCommand(wrong, SCHOOL, ASSOCIATION, YEAR, FIRST_MEETING, AGENDA),
                            asChair())
                    .expectException(refusedWith(Refusal.NOT_FOUND, wrong))
                    .expectNoEvents();
        }
    }

    @Test
    void anExistingBookRefusesACommandOfAnotherYear() {
        ProtocolContent second = protocol(SECOND_MEETING);
        fixture().given(recorded(1, FIRST))
                .when(new RecordProtocolCommand(BOOK, SCHOOL, ASSOCIATION, YEAR + 1, second), asChair())
                .expectException(refusedWith(Refusal.NOT_FOUND, BOOK))
                .expectNoEvents();
    }

    // --- corrections -------------------------------------------------------------------------

    /**
     * R8: a resolution recorded without naming the plan it approves is set right by a correction naming
     * it, for a resolution the protocol has and a plan of this association's members.
     */
    @Test
    void aCorrectionNamesThePlanAResolutionApproves() {
        String field = "resolutions[0].approvesIndividualPlanId";
        fixture().given(recorded(1, FIRST))
                .when(correct(1, " " + field + " ", " " + AIGULS_PLAN + " ", "Токтомдо план аталбай калган"), asChair())
                .expectEvents(new ProtocolCorrectedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 1, field, AIGULS_PLAN,
                        "Токтомдо план аталбай калган"));
        fixture().given(recorded(1, FIRST))
                .when(correct(1, "resolutions[2].approvesIndividualPlanId", AIGULS_PLAN, "Аталбай калган"), asChair())
                .expectException(refusedWith(Refusal.NOT_FOUND, "1/3"))
                .expectNoEvents();
        fixture().given(recorded(1, FIRST))
                .when(correct(1, "resolutions[1].approvesIndividualPlanId", ASELS_PLAN, "Аталбай калган"), asChair())
                .expectException(refusedWith(Refusal.PLAN_NOT_OF_ASSOCIATION, ASELS_PLAN))
                .expectNoEvents();
        fixture().given(recorded(1, FIRST))
                .when(correct(1, "resolutions[1].text", ASELS_PLAN, "Текст жаңылыш"), asChair())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRecordedProtocolIsCorrectedNotEdited() {
        fixture().given(recorded(1, FIRST), recorded(2, protocol(SECOND_MEETING)))
                .when(correct(1, "  Угулду  ", " Сөз сүйлөгөн: Чолпон Жээнбекова ", " Баяндамачынын аты-жөнү жаңылыш "),
                        asChair())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProtocolCorrectedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 1, "Угулду",
                        "Сөз сүйлөгөн: Чолпон Жээнбекова", "Баяндамачынын аты-жөнү жаңылыш"));

        for (int unrecorded : List.of(0, 3)) {
            fixture().given(recorded(1, FIRST), recorded(2, protocol(SECOND_MEETING)))
                    .when(correct(unrecorded, "Угулду", "Чолпон", "Жаңылыш"), asChair())
                    .expectException(refusedWith(Refusal.NOT_FOUND, "№" + unrecorded))
                    .expectNoEvents();
        }
        fixture().given(new MeetingScheduledEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, FIRST_MEETING, AGENDA))
                .when(correct(1, "Угулду", "Чолпон", "Жаңылыш"), asChair())
                .expectException(refusedWith(Refusal.NOT_FOUND, "№1"))
                .expectNoEvents();

        for (String blank : Arrays.asList(null, "", "  ")) {
            fixture().given(recorded(1, FIRST))
                    .when(correct(1, blank, "Чолпон", "Жаңылыш"), asChair())
                    .expectException(refusedWith(Refusal.FIELD_REQUIRED, "field"))
                    .expectNoEvents();
            fixture().given(recorded(1, FIRST))
                    .when(correct(1, "Угулду", blank, "Жаңылыш"), asChair())
                    .expectException(refusedWith(Refusal.FIELD_REQUIRED, "correction"))
                    .expectNoEvents();
            fixture().given(recorded(1, FIRST))
                    .when(correct(1, "Угулду", "Чолпон", blank), asChair())
                    .expectException(refusedWith(Refusal.FIELD_REQUIRED, "reason"))
                    .expectNoEvents();
        }
    }

    @Test
    void aCorrectionTakesNoNumberAndKeepsTheNextOne() {
        ProtocolContent second = protocol(SECOND_MEETING);
        fixture().given(recorded(1, FIRST),
                        new ProtocolCorrectedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 1, "Угулду", "Чолпон", "Жаңылыш"))
                .when(record(second), asChair())
                .expectResultMessagePayload(2)
                .expectEvents(recorded(2, second));
    }

    // --- resolutions done --------------------------------------------------------------------

    @Test
    void theChairMarksAnAdoptedResolutionDone() {
        fixture().given(recorded(1, FIRST))
                .when(complete(1, 2), asChair())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ResolutionCompletedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 1, 2));
    }

    @Test
    void aResolutionIsCompletedOnce() {
        fixture().given(recorded(1, FIRST), new ResolutionCompletedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 1, 1))
                .when(complete(1, 1), asChair())
                .expectException(refusedWith(Refusal.RESOLUTION_ALREADY_DONE, 1, 1))
                .expectNoEvents();

        // Another resolution of the same protocol, and the same resolution of another, are still open.
        fixture().given(recorded(1, FIRST), new ResolutionCompletedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 1, 1))
                .when(complete(1, 2), asChair())
                .expectEvents(new ResolutionCompletedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 1, 2));
        fixture().given(recorded(1, FIRST), recorded(2, protocol(SECOND_MEETING)),
                        new ResolutionCompletedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 1, 1))
                .when(complete(2, 1), asChair())
                .expectEvents(new ResolutionCompletedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 2, 1));
    }

    @Test
    void aResolutionOfANonQuorateMeetingCannotBeCompleted() {
        fixture().given(recorded(1, FIRST), recorded(2, NOT_QUORATE, false))
                .when(complete(2, 1), asChair())
                .expectException(refusedWith(Refusal.RESOLUTION_NOT_ADOPTED, 2))
                .expectNoEvents();
    }

    @Test
    void noSuchResolution() {
        for (int index : List.of(0, -1, 3)) {
            fixture().given(recorded(1, FIRST))
                    .when(complete(1, index), asChair())
                    .expectException(refusedWith(Refusal.NOT_FOUND, "1/" + index))
                    .expectNoEvents();
        }
        fixture().given(recorded(1, FIRST))
                .when(complete(2, 1), asChair())
                .expectException(refusedWith(Refusal.NOT_FOUND, "№2"))
                .expectNoEvents();
    }
}
