package kg.mektep.birikme.command.meeting;

import static kg.mektep.birikme.command.meeting.MeetingTestData.*;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.meeting.CompleteResolutionCommand;
import kg.mektep.birikme.api.meeting.CorrectProtocolCommand;
import kg.mektep.birikme.api.meeting.ProtocolCorrectedEvent;
import kg.mektep.birikme.api.meeting.RecordYearAnalysisCommand;
import kg.mektep.birikme.api.meeting.ScheduleMeetingCommand;
import kg.mektep.birikme.command.archive.InMemoryArchiveRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Clause 5.9: a year's protocols handed over to the archive are read-only; other years' books are not. */
class ArchivedProtocolBookTest {

    private static final String ARCHIVED = ArchiveDocuments.protocolsOf(ASSOCIATION, YEAR);

    private static FixtureConfiguration<ProtocolBook> fixture(InMemoryArchiveRegistry archive) {
        FixtureConfiguration<ProtocolBook> fixture = new AggregateTestFixture<>(ProtocolBook.class);
        fixture.registerInjectableResource(registry());
        fixture.registerInjectableResource(archive);
        fixture.registerInjectableResource(new MeetingTestData.Today());
        fixture.registerInjectableResource(MeetingTestData.yearEnd());
        return fixture;
    }

    private static FixtureConfiguration<ProtocolBook> archivedBook() {
        return fixture(new InMemoryArchiveRegistry().handedOver(ARCHIVED));
    }

    @Test
    void aProtocolInTheArchiveTakesNoCorrection() {
        CorrectProtocolCommand correction = new CorrectProtocolCommand(BOOK, SCHOOL, 1, "agenda[0]",
                "Жылдык пландын долбоорун талкуулоо", "Күн тартиби так эмес жазылган");
        archivedBook().given(recorded(1, protocol(FIRST_MEETING)))
                .when(correction, asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.DOCUMENT_IN_ARCHIVE, ARCHIVED));
        fixture(new InMemoryArchiveRegistry()).given(recorded(1, protocol(FIRST_MEETING)))
                .when(correction, asChair())
                .expectEvents(new ProtocolCorrectedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, 1, "agenda[0]",
                        "Жылдык пландын долбоорун талкуулоо", "Күн тартиби так эмес жазылган"));
    }

    @Test
    void noResolutionOfAnArchivedYearIsMarkedDone() {
        archivedBook().given(recorded(1, protocol(FIRST_MEETING)))
                .when(new CompleteResolutionCommand(BOOK, SCHOOL, 1, 1), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.DOCUMENT_IN_ARCHIVE, ARCHIVED));
    }

    @Test
    void anArchivedYearTakesNoNewMeetingOrProtocol() {
        archivedBook().given(recorded(1, protocol(FIRST_MEETING)))
                .when(record(protocol(SECOND_MEETING)), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.DOCUMENT_IN_ARCHIVE, ARCHIVED));
        archivedBook().given(recorded(1, protocol(FIRST_MEETING)))
                .when(new ScheduleMeetingCommand(BOOK, SCHOOL, ASSOCIATION, YEAR, THIRD_MEETING, AGENDA), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.DOCUMENT_IN_ARCHIVE, ARCHIVED));
    }

    @Test
    void anArchivedYearIsNotAnalysedAfterwards() {
        archivedBook().given(recorded(1, protocol(FIRST_MEETING)))
                .when(new RecordYearAnalysisCommand(BOOK, SCHOOL, 1, "Жыл ийгиликтүү өттү", List.of()),
                        Map.of(MetadataKeys.ACTOR_ROLE, "DEPUTY_TEACHING", MetadataKeys.ACTOR_ID, "deputy-nurgul"))
                .expectNoEvents()
                .expectException(refusedWith(Refusal.DOCUMENT_IN_ARCHIVE, ARCHIVED));
    }

    @Test
    void theNextYearsBookIsNotTheArchivedOne() {
        archivedBook().givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(NEXT_YEARS_BOOK, SCHOOL, ASSOCIATION, YEAR + 1,
                        FIRST_MEETING.plusYears(1), AGENDA), asChair())
                .expectSuccessfulHandlerExecution();
    }
}
