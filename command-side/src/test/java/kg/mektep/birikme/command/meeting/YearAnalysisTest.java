package kg.mektep.birikme.command.meeting;

import static kg.mektep.birikme.command.meeting.MeetingTestData.*;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.meeting.RecordYearAnalysisCommand;
import kg.mektep.birikme.api.meeting.ScheduleMeetingCommand;
import kg.mektep.birikme.api.meeting.YearAnalysisRecordedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R11 (clauses 5.8, 6.5): the deputy for teaching work analyses the year at the association's last meeting. */
class YearAnalysisTest {

    private static final String ANALYSIS = "Бирикме жылдык планды толук аткарды; ачык сабактардын сапаты жогорулады.";
    private static final List<String> RECOMMENDATIONS = List.of("Жаш мугалимдерге насаатчылыкты күчөтүү");

    private FixtureConfiguration<ProtocolBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static Map<String, Object> asDeputy(String role) {
        return Map.of(MetadataKeys.ACTOR_ROLE, role, MetadataKeys.ACTOR_ID, "deputy-nurgul");
    }

    private static RecordYearAnalysisCommand analyse(int number) {
        return new RecordYearAnalysisCommand(BOOK, SCHOOL, number, "  " + ANALYSIS + " ", RECOMMENDATIONS);
    }

    private static YearAnalysisRecordedEvent analysed(int number) {
        return new YearAnalysisRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, number, ANALYSIS, RECOMMENDATIONS,
                "deputy-nurgul");
    }

    @Test
    void theTeachingDeputyAnalysesTheYearAtTheLastMeeting() {
        fixture.given(recorded(1, protocol(FIRST_MEETING), true), recorded(2, protocol(LAST_MEETING), true))
                .when(analyse(2), asDeputy("DEPUTY_TEACHING"))
                .expectEvents(analysed(2));
    }

    /** At the end of the year (from 1 May): analysed early, the year's book would close for the rest of it. */
    @Test
    void notBeforeTheEndOfTheYear() {
        LocalDate lastDayBefore = LocalDate.of(2026, 4, 30);
        fixture.given(recorded(1, protocol(FIRST_MEETING), true), recorded(2, protocol(lastDayBefore), true))
                .when(analyse(2), asDeputy("DEPUTY_TEACHING"))
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ANALYSIS_BEFORE_YEAR_END, lastDayBefore, LocalDate.of(2026, 5, 1)));
        fixture().given(recorded(1, protocol(FIRST_MEETING), true), recorded(2, protocol(LocalDate.of(2026, 5, 1)), true))
                .when(analyse(2), asDeputy("DEPUTY_TEACHING"))
                .expectEvents(analysed(2));
    }

    @Test
    void theDeputyGivesRecommendations() {
        fixture.given(recorded(1, protocol(LAST_MEETING), true))
                .when(new RecordYearAnalysisCommand(BOOK, SCHOOL, 1, ANALYSIS, List.of(" ")), asDeputy("DEPUTY_TEACHING"))
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "recommendations"));
    }

    @Test
    void notAtAnEarlierMeeting() {
        fixture.given(recorded(1, protocol(FIRST_MEETING), true), recorded(2, protocol(SECOND_MEETING), true))
                .when(analyse(1), asDeputy("DEPUTY_TEACHING"))
                .expectNoEvents()
                .expectException(refusedWith(Refusal.ANALYSIS_NOT_AT_LAST_MEETING, 1, 2));
    }

    @Test
    void notAtAMeetingNeverRecorded() {
        fixture.given(recorded(1, protocol(FIRST_MEETING), true))
                .when(analyse(5), asDeputy("DEPUTY_TEACHING"))
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND));
    }

    @Test
    void onlyTheDeputyForTeachingWork() {
        for (String role : List.of("DEPUTY_METHODOLOGY", "DIRECTOR", "TEACHER")) {
            fixture().given(recorded(1, protocol(FIRST_MEETING), true))
                    .when(analyse(1), asDeputy(role))
                    .expectNoEvents()
                    .expectException(refusedWith(Refusal.ROLE_NOT_ALLOWED));
        }
    }

    @Test
    void anAnalysisHasText() {
        fixture.given(recorded(1, protocol(LAST_MEETING), true))
                .when(new RecordYearAnalysisCommand(BOOK, SCHOOL, 1, " ", RECOMMENDATIONS), asDeputy("DEPUTY_TEACHING"))
                .expectNoEvents()
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "analysis"));
    }

    @Test
    void theAnalysisClosesTheYear() {
        fixture.given(recorded(1, protocol(FIRST_MEETING), true), analysed(1))
                .when(record(protocol(SECOND_MEETING)), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.YEAR_ALREADY_ANALYSED, new SchoolYear(YEAR)));
        fixture().given(recorded(1, protocol(FIRST_MEETING), true), analysed(1))
                .when(analyse(1), asDeputy("DEPUTY_TEACHING"))
                .expectNoEvents()
                .expectException(refusedWith(Refusal.YEAR_ALREADY_ANALYSED, new SchoolYear(YEAR)));
        fixture().given(recorded(1, protocol(FIRST_MEETING), true), analysed(1))
                .when(new ScheduleMeetingCommand(BOOK, SCHOOL, ASSOCIATION, YEAR, SECOND_MEETING, AGENDA), asChair())
                .expectNoEvents()
                .expectException(refusedWith(Refusal.YEAR_ALREADY_ANALYSED, new SchoolYear(YEAR)));
    }

    @Test
    void anotherSchoolsBookLooksUnknown() {
        fixture.given(recorded(1, protocol(FIRST_MEETING), true))
                .when(new RecordYearAnalysisCommand(BOOK, OTHER_SCHOOL, 1, ANALYSIS, RECOMMENDATIONS),
                        asDeputy("DEPUTY_TEACHING"))
                .expectNoEvents()
                .expectException(refusedWith(Refusal.NOT_FOUND));
    }
}
