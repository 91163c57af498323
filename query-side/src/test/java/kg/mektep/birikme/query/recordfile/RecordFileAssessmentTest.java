package kg.mektep.birikme.query.recordfile;

import static kg.mektep.birikme.query.recordfile.RecordedAssociation.MA;
import static kg.mektep.birikme.query.recordfile.RecordedAssociation.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.plan.AnnualPlanApprovedEvent;
import kg.mektep.birikme.api.recordfile.AttachedFile;
import kg.mektep.birikme.api.recordfile.DocumentStatus;
import kg.mektep.birikme.api.recordfile.Evidence;
import kg.mektep.birikme.api.recordfile.RecordFile;
import kg.mektep.birikme.api.recordfile.RecordFileItem;
import kg.mektep.birikme.api.recordfile.RecordFileKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R13 (clause 6): the eleven documents of a record file, present, late, missing or not yet due, on a real PostgreSQL. */
class RecordFileAssessmentTest {

    private RecordedAssociation record;
    private RecordFileAssessment assessment;

    @BeforeEach
    void freshRecord() {
        record = new RecordedAssociation();
        assessment = new RecordFileAssessment(RecordedAssociation.terms());
    }

    private Map<RecordFileKind, RecordFileItem> file(String day, int year) {
        RecordFile file = assessment.assess(record.on(day, year));
        return file.items().stream().collect(Collectors.toMap(RecordFileItem::kind, Function.identity()));
    }

    private static Map<RecordFileKind, DocumentStatus> statuses(Map<RecordFileKind, RecordFileItem> items) {
        return items.values().stream().collect(Collectors.toMap(RecordFileItem::kind, RecordFileItem::status));
    }

    @Test
    void aYearKeptInTimeHasEveryDocumentPresent() {
        long opened = record.opened("2026-08-28", MA, "2026-08-28");
        long regulation = record.document("2026-08-29", "doc-jobo", RecordFileKind.REGULATION,
                "Усулдук бирикме жөнүндө жобо", "2014-07-21", new AttachedFile("жобо.pdf", "application/pdf", 1234, "ab".repeat(32)));
        record.document("2026-08-29", "doc-mildet", RecordFileKind.JOB_DUTIES, "Мугалимдердин кызматтык милдеттери",
                "2026-08-29", null);
        long elected = record.elected("2026-09-01", "t1");
        long confirmed = record.confirmed("2026-09-02", "t1", "2026-09-02");
        long drafted = record.drafted("2026-09-03", YEAR);
        long approved = record.approved("2026-09-15", YEAR);
        record.protocol("2026-09-18", YEAR, 1, "2026-09-18", true);
        for (String month : List.of("2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05")) {
            record.month("2026-09-25", month);
        }
        long visit = record.controlVisit("2027-01-20");
        record.protocol("2027-05-25", YEAR, 2, "2027-05-25", true);

        RecordFile file = assessment.assess(record.on("2027-06-01", YEAR));
        Map<RecordFileKind, RecordFileItem> items = file.items().stream()
                .collect(Collectors.toMap(RecordFileItem::kind, Function.identity()));

        assertThat(file.inYear()).isTrue();
        assertThat(file.schoolYearName()).isEqualTo("2026-2027");
        assertThat(file.items()).extracting(RecordFileItem::clause).containsExactly("6.1", "6.2", "6.3", "6.4", "6.5",
                "6.6", "6.7", "6.8", "6.9", "6.10", "6.11");
        assertThat(file.items()).allSatisfy(item -> assertThat(item.status()).as(item.clause())
                .isIn(DocumentStatus.PRESENT, DocumentStatus.NOT_APPLICABLE));
        assertThat(items.get(RecordFileKind.PAST_YEAR_ANALYSIS).status())
                .as("opened in the summer for its first year: no past year").isEqualTo(DocumentStatus.NOT_APPLICABLE);
        assertThat(file.complete()).isTrue();

        assertThat(items.get(RecordFileKind.OPENING_ORDER).evidence()).extracting(Evidence::position, Evidence::eventType,
                Evidence::day).containsExactly(tuple(opened, "AssociationCreatedEvent", LocalDate.of(2026, 8, 28)));
        assertThat(items.get(RecordFileKind.CHAIR_ORDER).evidence()).extracting(Evidence::position)
                .containsExactly(elected, confirmed);
        assertThat(items.get(RecordFileKind.METHODOLOGICAL_THEME).evidence()).extracting(Evidence::position)
                .containsExactly(drafted);
        assertThat(items.get(RecordFileKind.ANNUAL_PLAN).evidence()).extracting(Evidence::position, Evidence::day)
                .containsExactly(tuple(approved, LocalDate.of(2026, 9, 15)));
        assertThat(items.get(RecordFileKind.ANNUAL_PLAN).dueBy()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(items.get(RecordFileKind.MONTHLY_PLANS).evidence()).hasSize(8);
        assertThat(items.get(RecordFileKind.INTERNAL_CONTROL).evidence()).extracting(Evidence::position).containsExactly(visit);
        assertThat(items.get(RecordFileKind.PROTOCOLS).evidence()).hasSize(2);
        assertThat(items.get(RecordFileKind.TEACHERS_INFORMATION).evidence()).hasSize(5)
                .allSatisfy(evidence -> assertThat(evidence.position()).isEqualTo(opened));

        RecordFileItem rules = items.get(RecordFileKind.REGULATION);
        assertThat(rules.documents()).singleElement().satisfies(document -> {
            assertThat(document.title()).isEqualTo("Усулдук бирикме жөнүндө жобо");
            assertThat(document.file().fileName()).isEqualTo("жобо.pdf");
            assertThat(document.position()).isEqualTo(regulation);
        });
        assertThat(rules.evidence()).extracting(Evidence::position, Evidence::eventType)
                .containsExactly(tuple(regulation, "DocumentRegisteredEvent"));
        assertThat(items.get(RecordFileKind.JOB_DUTIES).documents()).singleElement()
                .satisfies(document -> assertThat(document.file()).isNull());
    }

    @Test
    void beforeTheStartOfTheYearWhatIsNotMadeIsNotYetDue() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.elected("2026-09-01", "t1");

        Map<RecordFileKind, RecordFileItem> items = file("2026-09-10", YEAR);

        assertThat(statuses(items)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(RecordFileKind.OPENING_ORDER, DocumentStatus.PRESENT),
                Map.entry(RecordFileKind.CHAIR_ORDER, DocumentStatus.NOT_YET_DUE),
                Map.entry(RecordFileKind.REGULATION, DocumentStatus.NOT_YET_DUE),
                Map.entry(RecordFileKind.JOB_DUTIES, DocumentStatus.NOT_YET_DUE),
                Map.entry(RecordFileKind.PAST_YEAR_ANALYSIS, DocumentStatus.NOT_APPLICABLE),
                Map.entry(RecordFileKind.METHODOLOGICAL_THEME, DocumentStatus.NOT_YET_DUE),
                Map.entry(RecordFileKind.ANNUAL_PLAN, DocumentStatus.NOT_YET_DUE),
                Map.entry(RecordFileKind.MONTHLY_PLANS, DocumentStatus.NOT_YET_DUE),
                Map.entry(RecordFileKind.TEACHERS_INFORMATION, DocumentStatus.PRESENT),
                Map.entry(RecordFileKind.INTERNAL_CONTROL, DocumentStatus.NOT_YET_DUE),
                Map.entry(RecordFileKind.PROTOCOLS, DocumentStatus.NOT_YET_DUE)));
        assertThat(items.get(RecordFileKind.CHAIR_ORDER).dueBy()).as("thirty days after the election")
                .isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(items.get(RecordFileKind.MONTHLY_PLANS).dueBy()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(assessment.assess(record.on("2026-09-10", YEAR)).complete()).isFalse();
    }

    @Test
    void whatCameAfterItsDayIsLateAndWhatNeverCameIsMissing() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.document("2026-11-02", "doc-jobo", RecordFileKind.REGULATION, "Жобо", "2014-07-21", null);
        record.elected("2026-09-01", "t1");
        record.confirmed("2026-11-05", "t1", "2026-11-05");
        record.drafted("2026-10-02", YEAR);
        record.approved("2026-10-05", YEAR);
        record.month("2026-10-03", "2026-10");
        record.month("2026-10-30", "2026-11");
        record.protocol("2026-11-01", YEAR, 1, "2026-09-18", true);
        record.protocol("2026-12-03", YEAR, 2, "2026-12-03", true);

        Map<RecordFileKind, RecordFileItem> items = file("2027-09-01", YEAR);

        assertThat(statuses(items)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(RecordFileKind.OPENING_ORDER, DocumentStatus.PRESENT),
                Map.entry(RecordFileKind.CHAIR_ORDER, DocumentStatus.LATE),
                Map.entry(RecordFileKind.REGULATION, DocumentStatus.LATE),
                Map.entry(RecordFileKind.JOB_DUTIES, DocumentStatus.MISSING),
                Map.entry(RecordFileKind.PAST_YEAR_ANALYSIS, DocumentStatus.NOT_APPLICABLE),
                Map.entry(RecordFileKind.METHODOLOGICAL_THEME, DocumentStatus.LATE),
                Map.entry(RecordFileKind.ANNUAL_PLAN, DocumentStatus.LATE),
                Map.entry(RecordFileKind.MONTHLY_PLANS, DocumentStatus.MISSING),
                Map.entry(RecordFileKind.TEACHERS_INFORMATION, DocumentStatus.PRESENT),
                Map.entry(RecordFileKind.INTERNAL_CONTROL, DocumentStatus.MISSING),
                Map.entry(RecordFileKind.PROTOCOLS, DocumentStatus.LATE)));
        assertThat(items.get(RecordFileKind.CHAIR_ORDER).late()).containsExactly("2026-11-05");
        assertThat(items.get(RecordFileKind.REGULATION).late()).as("the day it was registered")
                .containsExactly("2026-11-02");
        assertThat(items.get(RecordFileKind.ANNUAL_PLAN).late()).containsExactly("2026-10-05");
        assertThat(items.get(RecordFileKind.MONTHLY_PLANS).missing())
                .containsExactly("2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05");
        assertThat(items.get(RecordFileKind.MONTHLY_PLANS).late()).containsExactly("2026-10");
        assertThat(items.get(RecordFileKind.PROTOCOLS).late()).as("recorded 44 days after the meeting").containsExactly("1");
    }

    @Test
    void aMonthDraftedAgainAfterItsConfirmationIsMissingUntilConfirmedAnewAndLateOnlyByItsFirstConfirmation() {
        record.opened("2026-08-28", MA, "2026-08-28");
        for (String month : List.of("2026-10", "2026-11")) {
            record.monthDrafted("2026-09-24", month);
            record.month("2026-09-25", month);
        }
        record.monthDrafted("2026-09-24", "2026-12");
        long december = record.month("2026-09-25", "2026-12");
        long redrafted = record.monthDrafted("2026-10-20", "2026-11");
        record.monthDrafted("2026-10-21", "2026-12");
        long decemberAgain = record.month("2026-11-25", "2026-12");

        RecordFileItem withdrawn = file("2026-11-05", YEAR).get(RecordFileKind.MONTHLY_PLANS);
        assertThat(withdrawn.status()).isEqualTo(DocumentStatus.MISSING);
        assertThat(withdrawn.missing()).containsExactly("2026-11");
        assertThat(withdrawn.evidence()).extracting(Evidence::position).contains(redrafted);

        long reconfirmed = record.month("2026-11-10", "2026-11");
        RecordFileItem adjusted = file("2026-12-05", YEAR).get(RecordFileKind.MONTHLY_PLANS);
        assertThat(adjusted.status()).as("November was first confirmed in time; adjusting it since does not make it late")
                .isEqualTo(DocumentStatus.PRESENT);
        assertThat(adjusted.missing()).isEmpty();
        assertThat(adjusted.late()).isEmpty();
        assertThat(adjusted.evidence()).extracting(Evidence::position).contains(reconfirmed, decemberAgain)
                .doesNotContain(redrafted, december);

        record.monthDrafted("2027-01-05", "2027-01");
        record.month("2027-01-06", "2027-01");
        RecordFileItem late = file("2027-01-10", YEAR).get(RecordFileKind.MONTHLY_PLANS);
        assertThat(late.status()).isEqualTo(DocumentStatus.LATE);
        assertThat(late.late()).as("January first confirmed after its first day").containsExactly("2027-01");
    }

    @Test
    void anElectedChairWithoutAnOrderIsMissingOnceTheGraceDaysHavePassed() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.elected("2026-09-01", "t1");

        assertThat(file("2026-10-01", YEAR).get(RecordFileKind.CHAIR_ORDER).status()).isEqualTo(DocumentStatus.NOT_YET_DUE);
        RecordFileItem order = file("2026-10-02", YEAR).get(RecordFileKind.CHAIR_ORDER);
        assertThat(order.status()).isEqualTo(DocumentStatus.MISSING);
        assertThat(order.missing()).containsExactly("Асылбек Өмүров");
    }

    @Test
    void theSecondYearAsksForTheAnalysisOfTheFirst() {
        record.opened("2026-08-28", MA, "2026-08-28");
        assertThat(file("2027-09-10", 2027).get(RecordFileKind.PAST_YEAR_ANALYSIS).status())
                .isEqualTo(DocumentStatus.MISSING);

        long analysis = record.analysed("2027-05-25", YEAR, 3);
        RecordFileItem past = file("2027-09-10", 2027).get(RecordFileKind.PAST_YEAR_ANALYSIS);
        assertThat(past.status()).isEqualTo(DocumentStatus.PRESENT);
        assertThat(past.dueBy()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(past.evidence()).extracting(Evidence::position).containsExactly(analysis);
    }

    @Test
    void anAssociationOpenedDuringTheYearHasItsStartThirtyDaysAfterTheOrder() {
        record.opened("2026-11-10", MA, "2026-11-10");

        Map<RecordFileKind, RecordFileItem> items = file("2026-12-01", YEAR);
        assertThat(items.get(RecordFileKind.ANNUAL_PLAN).status()).isEqualTo(DocumentStatus.NOT_YET_DUE);
        assertThat(items.get(RecordFileKind.ANNUAL_PLAN).dueBy()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(items.get(RecordFileKind.MONTHLY_PLANS).dueBy()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(assessment.assess(record.on("2026-12-01", 2025)).inYear()).as("before it was opened").isFalse();
        assertThat(assessment.assess(record.on("2026-12-01", 2025)).items()).isEmpty();
    }

    @Test
    void aDissolvedAssociationIsJudgedOnTheDayOfItsDissolution() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.dissolved("2027-02-03", "2027-02-01");

        RecordFile file = assessment.assess(record.on("2027-09-01", YEAR));
        assertThat(file.asOf()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(file.items()).filteredOn(item -> item.kind() == RecordFileKind.INTERNAL_CONTROL)
                .extracting(RecordFileItem::status).containsExactly(DocumentStatus.NOT_YET_DUE);
        assertThat(assessment.assess(record.on("2027-09-01", 2027)).inYear()).isFalse();
    }

    @Test
    void aReplayedEventCountsOnce() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.record("2026-09-18", "event-1", new kg.mektep.birikme.api.meeting.ProtocolRecordedEvent(MA + "/2026",
                RecordedAssociation.SCHOOL, MA, YEAR, 1, new kg.mektep.birikme.api.meeting.ProtocolContent(
                LocalDate.of(2026, 9, 18), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), 5, true, "h"));
        record.record("2026-09-18", "event-1", new kg.mektep.birikme.api.meeting.ProtocolRecordedEvent(MA + "/2026",
                RecordedAssociation.SCHOOL, MA, YEAR, 1, new kg.mektep.birikme.api.meeting.ProtocolContent(
                LocalDate.of(2026, 9, 18), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), 5, true, "h"));

        assertThat(file("2026-10-10", YEAR).get(RecordFileKind.PROTOCOLS).evidence()).hasSize(1);
    }

    @Test
    void anOrderConfirmingTheChairIsJudgedByItsDateNotByTheDayItWasEntered() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.elected("2026-09-01", "t1");
        long confirmed = record.confirmed("2026-11-05", "t1", "2026-09-20");

        RecordFileItem order = file("2026-11-10", YEAR).get(RecordFileKind.CHAIR_ORDER);

        assertThat(order.status()).isEqualTo(DocumentStatus.PRESENT);
        assertThat(order.late()).isEmpty();
        assertThat(order.evidence()).last().extracting(Evidence::position, Evidence::day)
                .containsExactly(confirmed, LocalDate.of(2026, 9, 20));
    }

    @Test
    void aNewChairNeedsAnOrderOfTheirOwn() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.elected("2026-09-01", "t1");
        record.confirmed("2026-09-02", "t1", "2026-09-02");
        record.vacated("2026-11-30", "t1");
        long elected = record.elected("2026-12-01", "t2");

        RecordFileItem order = file("2027-01-05", YEAR).get(RecordFileKind.CHAIR_ORDER);

        assertThat(order.status()).as("the former chair's order confirms only the former chair")
                .isEqualTo(DocumentStatus.MISSING);
        assertThat(order.dueBy()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(order.missing()).containsExactly("Бурулай Ңазарова");
        assertThat(order.evidence()).extracting(Evidence::position).containsExactly(elected);
    }

    @Test
    void aChairWhoLeavesLeavesTheChairEmptyUntilANewElection() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.elected("2026-09-01", "t1");
        record.confirmed("2026-09-02", "t1", "2026-09-02");
        record.vacated("2026-11-01", "t1");

        RecordFileItem empty = file("2026-11-10", YEAR).get(RecordFileKind.CHAIR_ORDER);
        assertThat(empty.status()).isEqualTo(DocumentStatus.MISSING);
        assertThat(empty.missing()).as("no one elected to name").isEmpty();
        assertThat(empty.evidence()).isEmpty();

        record.elected("2026-11-15", "t2");
        RecordFileItem elected = file("2026-11-20", YEAR).get(RecordFileKind.CHAIR_ORDER);
        assertThat(elected.status()).isEqualTo(DocumentStatus.NOT_YET_DUE);
        assertThat(elected.dueBy()).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void aDissolutionOrderDatedAheadLeavesTheRecordJudgedOnTodayUntilItsDay() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.dissolved("2027-01-25", "2027-02-01");

        assertThat(assessment.assess(record.on("2027-01-28", YEAR)).asOf()).isEqualTo(LocalDate.of(2027, 1, 28));
        assertThat(assessment.assess(record.on("2027-03-01", YEAR)).asOf()).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void anAssociationOpenedByAnOrderOfJuneStartsWorkInTheYearBeginningInSeptember() {
        record.opened("2026-06-15", MA, "2026-06-15");

        assertThat(file("2026-09-10", YEAR).get(RecordFileKind.PAST_YEAR_ANALYSIS).status())
                .isEqualTo(DocumentStatus.NOT_APPLICABLE);
        assertThat(assessment.assess(record.on("2026-09-10", 2025)).inYear()).isFalse();
    }

    @Test
    void theDaysOfTheRecordAreTheSchoolsOwn() {
        record.jdbc().sql("UPDATE rm_school SET time_zone = 'Europe/London' WHERE school_id = ?")
                .param(RecordedAssociation.SCHOOL).update();
        record.opened("2026-08-28", MA, "2026-08-28");
        record.drafted("2026-09-03", YEAR);
        // 23:30 on 30 September in London; already 1 October in Bishkek.
        long approved = record.record(Instant.parse("2026-09-30T22:30:00Z"),
                new AnnualPlanApprovedEvent(RecordedAssociation.PLAN, RecordedAssociation.SCHOOL,
                        MA, YEAR, 1, "h1", "deputy", "DEPUTY_TEACHING"));

        RecordFileItem plan = file("2026-10-10", YEAR).get(RecordFileKind.ANNUAL_PLAN);

        assertThat(plan.status()).isEqualTo(DocumentStatus.PRESENT);
        assertThat(plan.evidence()).extracting(Evidence::position, Evidence::day)
                .containsExactly(tuple(approved, LocalDate.of(2026, 9, 30)));
    }

    @Test
    void theOpeningOrderIsFollowedByTheOrdersThatReorganisedItByTheYearsEnd() {
        long opened = record.opened("2026-08-30", MA, "2026-08-28");
        record.hired("t6", "Үмүт Ңурланова", "2012-09-01");
        long reorganised = record.reorganised("2027-03-03", "2027-03-01", List.of("t6"), List.of("t4"));
        long nextYear = record.reorganised("2027-09-16", "2027-09-15", List.of(), List.of());

        Map<RecordFileKind, RecordFileItem> items = file("2027-06-01", YEAR);
        RecordFileItem orders = items.get(RecordFileKind.OPENING_ORDER);
        assertThat(orders.status()).isEqualTo(DocumentStatus.PRESENT);
        assertThat(orders.dueBy()).as("the opening order's date").isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(orders.evidence()).extracting(Evidence::position, Evidence::day).containsExactly(
                tuple(opened, LocalDate.of(2026, 8, 28)), tuple(reorganised, LocalDate.of(2027, 3, 1)));
        assertThat(items.get(RecordFileKind.TEACHERS_INFORMATION).evidence()).extracting(Evidence::position)
                .containsExactly(opened, opened, opened, opened, reorganised);

        assertThat(file("2027-10-01", 2027).get(RecordFileKind.OPENING_ORDER).evidence()).extracting(Evidence::position)
                .containsExactly(opened, reorganised, nextYear);
    }

    @Test
    void anAssociationWhoseOpeningIsNotInTheRecordHasItsOpeningOrderMissing() {
        record.listed(MA, "2026-08-28");

        RecordFile file = assessment.assess(record.on("2026-10-15", YEAR));

        assertThat(file.items()).filteredOn(item -> item.kind() == RecordFileKind.OPENING_ORDER).singleElement()
                .satisfies(order -> {
                    assertThat(order.status()).isEqualTo(DocumentStatus.MISSING);
                    assertThat(order.dueBy()).isNull();
                    assertThat(order.evidence()).isEmpty();
                });
        assertThat(file.complete()).isFalse();
    }

    @Test
    void anAssociationOpenedInTheSpringHasNoMonthlyPlansLeftToMake() {
        record.opened("2027-04-10", MA, "2027-04-10");
        long month = record.month("2027-04-15", "2027-05");

        RecordFileItem months = file("2027-04-20", YEAR).get(RecordFileKind.MONTHLY_PLANS);

        assertThat(months.status()).as("its start falls due on 10 May, after which no month is planned")
                .isEqualTo(DocumentStatus.NOT_APPLICABLE);
        assertThat(months.dueBy()).isNull();
        assertThat(months.evidence()).extracting(Evidence::position).containsExactly(month);
    }
}
