package kg.mektep.birikme.command.meeting;

import static kg.mektep.birikme.command.meeting.MeetingTestData.*;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kg.mektep.birikme.api.common.CanonicalJson;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.meeting.Absence;
import kg.mektep.birikme.api.meeting.MeetingScheduledEvent;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.meeting.RecordProtocolCommand;
import kg.mektep.birikme.api.meeting.Resolution;
import kg.mektep.birikme.api.meeting.ScheduleMeetingCommand;
import kg.mektep.birikme.command.archive.InMemoryArchiveRegistry;
import kg.mektep.birikme.command.plan.InMemoryAssociationRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** R9 (clauses 4.2, 5.6, 6.11): what a recorded protocol must say, and how the book numbers it. */
class ProtocolBookTest {

    // --- numbering ---------------------------------------------------------------------------

    @Test
    void firstProtocolOfTheYearIsNumberOne() {
        ProtocolContent content = protocol(FIRST_MEETING);

        fixture().givenNoPriorActivity()
                .when(record(content), asChair())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1)
                .expectEvents(new ProtocolRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 1, content, 4, true,
                        CanonicalJson.sha256(content)));
    }

    @Test
    void protocolsAreNumberedWithoutGaps() {
        ProtocolContent third = protocol(THIRD_MEETING);

        fixture().given(recorded(1, protocol(FIRST_MEETING)), recorded(2, protocol(SECOND_MEETING)))
                .when(record(third), asChair())
                .expectResultMessagePayload(3)
                .expectEvents(recorded(3, third));
    }

    @Test
    void aScheduledMeetingDoesNotTakeANumber() {
        ProtocolContent content = protocol(FIRST_MEETING);

        fixture().given(new MeetingScheduledEvent(BOOK, SCHOOL, ASSOCIATION, YEAR,
                        FIRST_MEETING, AGENDA))
                .when(record(content), asChair())
                .expectResultMessagePayload(1)
                .expectEvents(recorded(1, content));
    }

    @Test
    void eachSchoolYearHasItsOwnBookStartingAtOne() {
        ProtocolContent content = protocol(LocalDate.of(2026, 9, 4));

        fixture().givenNoPriorActivity()
                .when(new RecordProtocolCommand(NEXT_YEARS_BOOK, SCHOOL, ASSOCIATION, YEAR + 1, content), asChair())
                .expectResultMessagePayload(1)
                .expectEvents(new ProtocolRecordedEvent(NEXT_YEARS_BOOK, SCHOOL, ASSOCIATION, YEAR + 1, 1, content,
                        MEMBERS, true, CanonicalJson.sha256(content)));
    }

    @Test
    void protocolsOfOneDayAreNumberedInTheOrderRecorded() {
        ProtocolContent sameDay = protocol(SECOND_MEETING);

        fixture().given(recorded(1, protocol(SECOND_MEETING)))
                .when(record(sameDay), asChair())
                .expectResultMessagePayload(2)
                .expectEvents(recorded(2, sameDay));
    }

    // --- dates -------------------------------------------------------------------------------

    @Test
    void cannotRecordAProtocolDatedOutsideItsSchoolYear() {
        LocalDate lastSummerDay = LocalDate.of(2025, 8, 29);
        fixture().givenNoPriorActivity()
                .when(record(protocol(lastSummerDay)), asChair())
                .expectException(refusedWith(Refusal.PROTOCOL_OUTSIDE_SCHOOL_YEAR, lastSummerDay, "2025-2026"))
                .expectNoEvents();

        LocalDate nextYearsFirstDay = LocalDate.of(2026, 9, 1);
        fixture().given(recorded(1, protocol(FIRST_MEETING)))
                .when(record(protocol(nextYearsFirstDay)), asChair())
                .expectException(refusedWith(Refusal.PROTOCOL_OUTSIDE_SCHOOL_YEAR, nextYearsFirstDay, "2025-2026"))
                .expectNoEvents();
    }

    @Test
    void aProtocolRecordsAMeetingHeldNotOneToCome() {
        // Dated ahead, a protocol would also shut out every meeting before its date (PROTOCOL_BEFORE_PREVIOUS).
        LocalDate today = SECOND_MEETING.minusDays(1);
        fixture(new MeetingTestData.Today(today)).given(recorded(1, protocol(FIRST_MEETING)))
                .when(record(protocol(SECOND_MEETING)), asChair())
                .expectException(refusedWith(Refusal.PROTOCOL_DATE_IN_FUTURE, SECOND_MEETING, today))
                .expectNoEvents();
        fixture(new MeetingTestData.Today(SECOND_MEETING)).given(recorded(1, protocol(FIRST_MEETING)))
                .when(record(protocol(SECOND_MEETING)), asChair())
                .expectEvents(recorded(2, protocol(SECOND_MEETING)));
    }

    @Test
    void theFirstAndLastDayOfTheSchoolYearAreWithinIt() {
        ProtocolContent first = protocol(LocalDate.of(2025, 9, 1));
        fixture().givenNoPriorActivity()
                .when(record(first), asChair())
                .expectEvents(recorded(1, first));

        ProtocolContent last = protocol(LocalDate.of(2026, 8, 31));
        fixture().given(recorded(1, first))
                .when(record(last), asChair())
                .expectEvents(recorded(2, last));
    }

    @Test
    void cannotRecordAProtocolDatedBeforeThePreviousOne() {
        fixture().given(recorded(1, protocol(FIRST_MEETING)), recorded(2, protocol(SECOND_MEETING)))
                .when(record(protocol(SECOND_MEETING.minusDays(1))), asChair())
                .expectException(refusedWith(Refusal.PROTOCOL_BEFORE_PREVIOUS, SECOND_MEETING.minusDays(1),
                        SECOND_MEETING))
                .expectNoEvents();
    }

    @Test
    void aProtocolNeedsContentAndADate() {
        fixture().givenNoPriorActivity()
                .when(record(null), asChair())
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "content"))
                .expectNoEvents();

        fixture().givenNoPriorActivity()
                .when(record(protocol(null)), asChair())
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "date"))
                .expectNoEvents();
    }

    // --- attendance --------------------------------------------------------------------------

    @Test
    void everyMemberIsPresentOrAbsent() {
        ProtocolContent nurbekAbsent = protocol(FIRST_MEETING, List.of(CHAIR, AIGUL, CHOLPON), List.of(ill(NURBEK)));
        fixture().givenNoPriorActivity()
                .when(record(nurbekAbsent), asChair())
                .expectEvents(recorded(1, nurbekAbsent));

        fixture().givenNoPriorActivity()
                .when(record(protocol(FIRST_MEETING, List.of(CHAIR, AIGUL), List.of(ill(NURBEK)))), asChair())
                .expectException(refusedWith(Refusal.ATTENDANCE_INCOMPLETE, CHOLPON))
                .expectNoEvents();

        fixture().givenNoPriorActivity()
                .when(record(protocol(FIRST_MEETING, List.of(CHAIR, AIGUL, CHOLPON, NURBEK, AIGUL), List.of())),
                        asChair())
                .expectException(refusedWith(Refusal.ATTENDANCE_INCOMPLETE, AIGUL))
                .expectNoEvents();

        fixture().givenNoPriorActivity()
                .when(record(protocol(FIRST_MEETING, List.of(CHAIR, AIGUL, CHOLPON, NURBEK), List.of(ill(NURBEK)))),
                        asChair())
                .expectException(refusedWith(Refusal.ATTENDANCE_INCOMPLETE, NURBEK))
                .expectNoEvents();
    }

    @Test
    void aProtocolWithoutAttendanceNamesEveryMemberMissing() {
        fixture().givenNoPriorActivity()
                .when(record(protocol(FIRST_MEETING, null, null)), asChair())
                .expectException(refusedWith(Refusal.ATTENDANCE_INCOMPLETE,
                        String.join(", ", AIGUL, CHOLPON, CHAIR, NURBEK)))
                .expectNoEvents();
    }

    /** Clause 5.6: a resolution makes members responsible, not a teacher outside the association (or another school's). */
    @Test
    void onlyMembersAreMadeResponsible() {
        List<Resolution> resolutions = List.of(new Resolution("Ачык сабак өткөрүлсүн", List.of(AIGUL, OUTSIDER),
                LocalDate.of(2025, 9, 30), null));
        fixture().givenNoPriorActivity()
                .when(record(protocol(FIRST_MEETING, List.of(CHAIR, AIGUL, CHOLPON, NURBEK), List.of(), resolutions)),
                        asChair())
                .expectException(refusedWith(Refusal.NOT_A_MEMBER, OUTSIDER))
                .expectNoEvents();
    }

    @Test
    void onlyMembersAttendAsMembers() {
        fixture().givenNoPriorActivity()
                .when(record(protocol(FIRST_MEETING, List.of(CHAIR, AIGUL, CHOLPON, NURBEK, OUTSIDER), List.of())),
                        asChair())
                .expectException(refusedWith(Refusal.ATTENDEE_NOT_A_MEMBER, OUTSIDER))
                .expectNoEvents();

        fixture().givenNoPriorActivity()
                .when(record(protocol(FIRST_MEETING, List.of(CHAIR, AIGUL, CHOLPON, NURBEK), List.of(ill(OUTSIDER)))),
                        asChair())
                .expectException(refusedWith(Refusal.ATTENDEE_NOT_A_MEMBER, OUTSIDER))
                .expectNoEvents();
    }

    @Test
    void anAbsenceNeedsAReason() {
        for (String reason : Arrays.asList(null, "", "   ")) {
            fixture().givenNoPriorActivity()
                    .when(record(protocol(FIRST_MEETING, List.of(CHAIR, AIGUL, CHOLPON),
                            List.of(new Absence(NURBEK, reason)))), asChair())
                    .expectException(refusedWith(Refusal.ABSENCE_REASON_REQUIRED, NURBEK))
                    .expectNoEvents();
        }
    }

    // --- agenda and resolutions --------------------------------------------------------------

    @Test
    void aProtocolHoldsResolutions() {
        for (List<Resolution> none : Arrays.<List<Resolution>>asList(null, List.of(),
                List.of(resolution("  ")), List.of(resolution(null)))) {
            fixture().givenNoPriorActivity()
                    .when(record(protocol(FIRST_MEETING, List.of(CHAIR, AIGUL, CHOLPON, NURBEK), List.of(), none)),
                            asChair())
                    .expectException(refusedWith(Refusal.RESOLUTION_REQUIRED))
                    .expectNoEvents();
        }
    }

    @Test
    void aProtocolHoldsAnAgenda() {
        for (List<String> agenda : Arrays.<List<String>>asList(null, List.of(), List.of(" "))) {
            fixture().givenNoPriorActivity()
                    .when(record(withAgenda(protocol(FIRST_MEETING), agenda)), asChair())
                    .expectException(refusedWith(Refusal.FIELD_REQUIRED, "agenda"))
                    .expectNoEvents();
        }
    }

    /**
     * A null entry of any list of the protocol, down to those responsible for a resolution, is refused
     * naming it: the rules skip such an entry, so it would be stored as sent and fail the protocol's page.
     */
    @Test
    void aMissingEntryOfAnyListIsRefusedNamingIt() {
        ProtocolContent c = protocol(FIRST_MEETING);
        List<String> everyone = List.of(CHAIR, AIGUL, CHOLPON, NURBEK);
        Resolution first = c.resolutions().get(0);
        java.util.Map<String, ProtocolContent> missing = new java.util.LinkedHashMap<>();
        missing.put("presentIds[4]", new ProtocolContent(c.date(), withNull(everyone), c.absences(), c.guests(),
                c.agenda(), c.heard(), c.resolutions()));
        missing.put("absences[0]", new ProtocolContent(c.date(), everyone, Arrays.asList((Absence) null), c.guests(),
                c.agenda(), c.heard(), c.resolutions()));
        missing.put("guests[1]", new ProtocolContent(c.date(), everyone, c.absences(), withNull(c.guests()),
                c.agenda(), c.heard(), c.resolutions()));
        missing.put("agenda[0]", withAgenda(c, Arrays.asList((String) null)));
        missing.put("heard[0]", new ProtocolContent(c.date(), everyone, c.absences(), c.guests(), c.agenda(),
                Arrays.asList((kg.mektep.birikme.api.meeting.Heard) null), c.resolutions()));
        missing.put("resolutions[1]", protocol(FIRST_MEETING, everyone, List.of(), withNull(List.of(first))));
        missing.put("resolutions[1].responsibleIds[0]", protocol(FIRST_MEETING, everyone, List.of(), List.of(first,
                new Resolution("Ачык сабак өткөрүлсүн", Arrays.asList((String) null), null, null))));
        missing.forEach((field, content) -> fixture().givenNoPriorActivity()
                .when(record(content), asChair())
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, field))
                .expectNoEvents());
    }

    private static <T> List<T> withNull(List<T> values) {
        List<T> entries = new java.util.ArrayList<>(values);
        entries.add(null);
        return entries;
    }

    // --- quorum ------------------------------------------------------------------------------

    @Test
    void aMeetingWithoutQuorumRecordsResolutionsNotAdopted() {
        ProtocolContent halfPresent = protocol(FIRST_MEETING, List.of(CHAIR, AIGUL), List.of(ill(CHOLPON), ill(NURBEK)));
        fixture().givenNoPriorActivity()
                .when(record(halfPresent), asChair())
                .expectResultMessagePayload(1)
                .expectEvents(new ProtocolRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 1, halfPresent, 4, false,
                        CanonicalJson.sha256(halfPresent)));

        ProtocolContent moreThanHalf = protocol(FIRST_MEETING, List.of(CHAIR, AIGUL, CHOLPON), List.of(ill(NURBEK)));
        fixture().givenNoPriorActivity()
                .when(record(moreThanHalf), asChair())
                .expectEvents(new ProtocolRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 1, moreThanHalf, 4, true,
                        CanonicalJson.sha256(moreThanHalf)));
    }

    /** Clause 6.1: the association meets from its opening order on; a protocol or meeting dated before it is refused. */
    @Test
    void noProtocolIsDatedBeforeTheOpeningOrder() {
        LocalDate opened = FIRST_MEETING.plusDays(1);
        var fixture = new AggregateTestFixture<>(ProtocolBook.class);
        fixture.registerInjectableResource(MeetingTestData.registry().openedOn(ASSOCIATION, opened));
        fixture.registerInjectableResource(new InMemoryArchiveRegistry());
        fixture.registerInjectableResource(new MeetingTestData.Today());
        fixture.registerInjectableResource(MeetingTestData.yearEnd());

        fixture.givenNoPriorActivity()
                .when(record(protocol(FIRST_MEETING)), asChair())
                .expectException(refusedWith(Refusal.DATED_BEFORE_OPENING, FIRST_MEETING, opened))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(record(protocol(opened)), asChair())
                .expectSuccessfulHandlerExecution();
        // Nor is a meeting scheduled before it.
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(BOOK, SCHOOL, ASSOCIATION, YEAR, FIRST_MEETING, AGENDA), asChair())
                .expectException(refusedWith(Refusal.DATED_BEFORE_OPENING, FIRST_MEETING, opened))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(BOOK, SCHOOL, ASSOCIATION, YEAR, opened, AGENDA), asChair())
                .expectEvents(new MeetingScheduledEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, opened, AGENDA));
    }

    @Test
    void quorumCountsMembersOfAnOddSizedAssociation() {
        InMemoryAssociationRegistry three = new InMemoryAssociationRegistry()
                        .withAssociation(ASSOCIATION, SCHOOL, CHAIR, AIGUL, CHOLPON);
        var fixture = new AggregateTestFixture<>(ProtocolBook.class);
        fixture.registerInjectableResource(three);
        fixture.registerInjectableResource(new InMemoryArchiveRegistry());
        fixture.registerInjectableResource(new MeetingTestData.Today());
        fixture.registerInjectableResource(MeetingTestData.yearEnd());

        ProtocolContent twoOfThree = protocol(FIRST_MEETING, List.of(CHAIR, AIGUL), List.of(ill(CHOLPON)), RESOLUTIONS
                .subList(0, 1));
        fixture.givenNoPriorActivity()
                .when(record(twoOfThree), asChair())
                .expectEvents(new ProtocolRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 1, twoOfThree, 3, true,
                        CanonicalJson.sha256(twoOfThree)));
    }

    // --- resolutions approving individual plans (R8) -----------------------------------------

    @Test
    void aResolutionCanApproveOnlyAPlanOfThisAssociation() {
        ProtocolContent approvingAigul = protocol(FIRST_MEETING);
        fixture().givenNoPriorActivity()
                .when(record(approvingAigul), asChair())
                .expectEvents(recorded(1, approvingAigul));

        for (String planId : List.of(ASELS_PLAN, "individual-plan-unknown")) {
            fixture().givenNoPriorActivity()
                    .when(record(protocol(FIRST_MEETING, List.of(CHAIR, AIGUL, CHOLPON, NURBEK), List.of(),
                            List.of(resolution("Иш планы кабыл алынсын"), approving(planId)))), asChair())
                    .expectException(refusedWith(Refusal.PLAN_NOT_OF_ASSOCIATION, planId))
                    .expectNoEvents();
        }
    }
}
