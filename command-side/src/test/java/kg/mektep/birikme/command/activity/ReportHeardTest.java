package kg.mektep.birikme.command.activity;

import static kg.mektep.birikme.command.activity.ActivityTestData.ASSOCIATION;
import static kg.mektep.birikme.command.activity.ActivityTestData.BOLOT;
import static kg.mektep.birikme.command.activity.ActivityTestData.BOOK;
import static kg.mektep.birikme.command.activity.ActivityTestData.CHAIR;
import static kg.mektep.birikme.command.activity.ActivityTestData.ELMIRA;
import static kg.mektep.birikme.command.activity.ActivityTestData.MEETING_DAY;
import static kg.mektep.birikme.command.activity.ActivityTestData.SCHOOL;
import static kg.mektep.birikme.command.activity.ActivityTestData.YEAR;
import static kg.mektep.birikme.command.activity.ActivityTestData.asChair;
import static kg.mektep.birikme.command.activity.ActivityTestData.asTeacher;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.stream.Stream;
import kg.mektep.birikme.api.activity.HearReportCommand;
import kg.mektep.birikme.api.activity.ReportHeardEvent;
import kg.mektep.birikme.api.activity.ReportKind;
import kg.mektep.birikme.api.common.Refusal;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R19 (clause 3.18): the association hears its members' reports on self-education, courses and creative trips. */
class ReportHeardTest {

    private FixtureConfiguration<ActivityBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = ActivityTestData.fixture();
    }

    private static HearReportCommand report(String teacherId, LocalDate date, Integer protocol) {
        return new HearReportCommand(BOOK, SCHOOL, ASSOCIATION, "report-1", teacherId, ReportKind.COURSES,
                " Бишкектеги квалификацияны жогорулатуу курстары ", date, protocol);
    }

    @Test
    void theChairRecordsAReportHeardAtARecordedMeeting() {
        fixture.givenNoPriorActivity().when(report(BOLOT, MEETING_DAY, 3), asChair())
                .expectEvents(new ReportHeardEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "report-1", BOLOT, ReportKind.COURSES,
                        "Бишкектеги квалификацияны жогорулатуу курстары", MEETING_DAY, 3, "user-" + CHAIR));
    }

    @Test
    void aReportMayBeHeardOutsideAMeeting() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        fixture.givenNoPriorActivity().when(report(BOLOT, day, null), asChair())
                .expectEvents(new ReportHeardEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, "report-1", BOLOT, ReportKind.COURSES,
                        "Бишкектеги квалификацияны жогорулатуу курстары", day, null, "user-" + CHAIR));
    }

    @Test
    void theProtocolCitedIsOfTheMeetingOnTheDayOfTheReport() {
        fixture.givenNoPriorActivity().when(report(BOLOT, MEETING_DAY.plusDays(1), 3), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.REPORT_MEETING_NOT_RECORDED, 3,
                        MEETING_DAY.plusDays(1)));
        fixture.givenNoPriorActivity().when(report(BOLOT, MEETING_DAY, 4), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.REPORT_MEETING_NOT_RECORDED, 4, MEETING_DAY));
    }

    @Test
    void theReporterIsAMember() {
        fixture.givenNoPriorActivity().when(report(ELMIRA, MEETING_DAY, 3), asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_A_MEMBER, ELMIRA));
    }

    static Stream<Arguments> reportsWithoutKindTitleOrReporter() {
        return Stream.of(
                Arguments.of("kind", new HearReportCommand(BOOK, SCHOOL, ASSOCIATION, "report-1", BOLOT, null,
                        "Курстар", MEETING_DAY, 3)),
                Arguments.of("title", new HearReportCommand(BOOK, SCHOOL, ASSOCIATION, "report-1", BOLOT,
                        ReportKind.COURSES, " ", MEETING_DAY, 3)),
                Arguments.of("teacherId", new HearReportCommand(BOOK, SCHOOL, ASSOCIATION, "report-1", "",
                        ReportKind.COURSES, "Курстар", MEETING_DAY, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportsWithoutKindTitleOrReporter")
    void aReportNamesItsKindTitleAndReporter(String field, HearReportCommand incomplete) {
        fixture.givenNoPriorActivity().when(incomplete, asChair())
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, field));
    }

    @Test
    void aMemberWhoIsNotTheChairRecordsNoReport() {
        fixture.givenNoPriorActivity().when(report(BOLOT, MEETING_DAY, 3), asTeacher(BOLOT))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }
}
