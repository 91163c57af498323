package kg.mektep.birikme.query.compliance;

import static kg.mektep.birikme.query.recordfile.RecordedAssociation.MA;
import static kg.mektep.birikme.query.recordfile.RecordedAssociation.SCHOOL;
import static kg.mektep.birikme.query.recordfile.RecordedAssociation.YEAR;
import static kg.mektep.birikme.query.recordfile.RecordedAssociation.YOUNG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.recordfile.AssociationCompliance;
import kg.mektep.birikme.api.recordfile.ComplianceReport;
import kg.mektep.birikme.api.recordfile.Evidence;
import kg.mektep.birikme.api.recordfile.FindAssociationComplianceQuery;
import kg.mektep.birikme.api.recordfile.FindComplianceQuery;
import kg.mektep.birikme.api.recordfile.RecordFileKind;
import kg.mektep.birikme.api.recordfile.RuleCheck;
import kg.mektep.birikme.api.recordfile.RuleStatus;
import kg.mektep.birikme.query.recordfile.RecordFileAssessment;
import kg.mektep.birikme.query.recordfile.RecordedAssociation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules an association's record can show, met, not met or not yet due, with their evidence, on a real PostgreSQL. */
class ComplianceAssessmentTest {

    private RecordedAssociation record;
    private ComplianceAssessment assessment;

    @BeforeEach
    void freshRecord() {
        record = new RecordedAssociation();
        assessment = new ComplianceAssessment(new RecordFileAssessment(RecordedAssociation.terms()),
                RecordedAssociation.terms());
    }

    private Map<String, RuleCheck> rules(String day, int year) {
        return assessment.assess(record.on(day, year)).rules().stream()
                .collect(Collectors.toMap(RuleCheck::rule, Function.identity()));
    }

    private static Map<String, RuleStatus> statuses(Map<String, RuleCheck> rules) {
        return rules.values().stream().collect(Collectors.toMap(RuleCheck::rule, RuleCheck::status));
    }

    /** Everything the regulation asks of the year, in time; answers the position of the plan's approval. */
    private long aYearKeptInTime() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.document("2026-08-29", "doc-jobo", RecordFileKind.REGULATION, "Жобо", "2014-07-21", null);
        record.document("2026-08-29", "doc-mildet", RecordFileKind.JOB_DUTIES, "Милдеттер", "2026-08-29", null);
        record.elected("2026-09-01", "t1");
        record.confirmed("2026-09-02", "t1", "2026-09-02");
        record.drafted("2026-09-03", YEAR);
        long approval = record.approved("2026-09-15", YEAR);
        record.protocol("2026-09-18", YEAR, 1, "2026-09-18", true);
        record.mentor("2026-09-20", YOUNG);
        for (String month : List.of("2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05")) {
            record.month("2026-09-25", month);
        }
        record.seminar("2026-11-12", "seminar-1", List.of());
        record.openLesson("2026-11-12", "lesson-1", "seminar-1");
        record.extracurricular("2026-11-13", "event-1", "seminar-1");
        record.controlVisit("2027-01-20");
        record.protocol("2027-05-25", YEAR, 2, "2027-05-25", true);
        record.analysed("2027-05-25", YEAR, 2);
        return approval;
    }

    @Test
    void aYearKeptInTimeMeetsEveryRuleWithItsEvidence() {
        long approval = aYearKeptInTime();

        AssociationCompliance compliance = assessment.assess(record.on("2027-06-01", YEAR));

        assertThat(compliance.rules()).extracting(RuleCheck::rule)
                .containsExactly("R1", "R5", "R6", "R7", "R9", "R10", "R11", "R13", "R17");
        assertThat(compliance.rules()).allSatisfy(rule -> assertThat(rule.status()).as(rule.rule()).isEqualTo(RuleStatus.MET));
        assertThat(compliance.met()).isEqualTo(9);
        Map<String, RuleCheck> rules = compliance.rules().stream().collect(Collectors.toMap(RuleCheck::rule, r -> r));
        assertThat(rules.get("R6").clause()).isEqualTo("4.1, 5.2, 5.4, 6.7");
        assertThat(rules.get("R6").evidence()).extracting(Evidence::position, Evidence::eventType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(approval, "AnnualPlanApprovedEvent"));
        assertThat(rules.get("R10").evidence()).extracting(Evidence::eventType)
                .containsExactly("SeminarRecordedEvent", "OpenLessonRecordedEvent", "ExtracurricularEventRecordedEvent");
        assertThat(rules.get("R17").evidence()).extracting(Evidence::eventType).containsExactly("MentorAssignedEvent");
        assertThat(rules.get("R9").evidence()).hasSize(2);
        assertThat(rules.get("R13").evidence()).isNotEmpty();
    }

    @Test
    void beforeTheStartOfTheYearOnlyTheMembersAreDue() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.elected("2026-09-01", "t1");

        Map<String, RuleCheck> rules = rules("2026-09-10", YEAR);

        assertThat(statuses(rules)).containsExactlyInAnyOrderEntriesOf(Map.of("R1", RuleStatus.MET,
                "R5", RuleStatus.NOT_YET_DUE, "R6", RuleStatus.NOT_YET_DUE, "R7", RuleStatus.NOT_YET_DUE,
                "R9", RuleStatus.NOT_YET_DUE, "R10", RuleStatus.NOT_YET_DUE, "R11", RuleStatus.NOT_YET_DUE,
                "R13", RuleStatus.NOT_YET_DUE, "R17", RuleStatus.NOT_YET_DUE));
        assertThat(rules.get("R17").dueBy()).hasToString("2026-09-30");
    }

    @Test
    void aYearGoneWrongSaysWhatIsMissing() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.elected("2026-09-01", "t1");
        record.drafted("2026-10-02", YEAR);
        record.approved("2026-10-05", YEAR);
        record.month("2026-10-03", "2026-10");
        record.protocol("2026-09-18", YEAR, 1, "2026-09-18", true);
        record.protocol("2026-12-03", YEAR, 2, "2026-12-03", false);
        record.seminar("2026-11-12", "seminar-1", List.of());
        record.openLesson("2026-11-12", "lesson-1", "seminar-1");

        Map<String, RuleCheck> rules = rules("2027-09-01", YEAR);

        assertThat(statuses(rules)).containsExactlyInAnyOrderEntriesOf(Map.of("R1", RuleStatus.MET,
                "R5", RuleStatus.NOT_MET, "R6", RuleStatus.NOT_MET, "R7", RuleStatus.NOT_MET, "R9", RuleStatus.NOT_MET,
                "R10", RuleStatus.NOT_MET, "R11", RuleStatus.NOT_MET, "R13", RuleStatus.NOT_MET, "R17", RuleStatus.NOT_MET));
        assertThat(rules.get("R5").finding()).isEqualTo("CHAIR_NOT_CONFIRMED");
        assertThat(rules.get("R5").missing()).containsExactly("Асылбек Өмүров");
        assertThat(rules.get("R6").finding()).isEqualTo("PLAN_APPROVED_LATE");
        assertThat(rules.get("R6").missing()).containsExactly("2026-10-05");
        assertThat(rules.get("R7").finding()).isEqualTo("MONTHLY_PLANS_MISSING");
        assertThat(rules.get("R7").missing()).containsExactly("2026-11", "2026-12", "2027-01", "2027-02", "2027-03",
                "2027-04", "2027-05");
        assertThat(rules.get("R9").finding()).isEqualTo("PROTOCOLS_NOT_QUORATE");
        assertThat(rules.get("R9").missing()).containsExactly("2");
        assertThat(rules.get("R10").finding()).as("a seminar with a lesson but no extracurricular event")
                .isEqualTo("NO_SEMINAR_WITH_OPEN_LESSONS");
        assertThat(rules.get("R11").finding()).isEqualTo("NO_YEAR_ANALYSIS");
        assertThat(rules.get("R13").finding()).isEqualTo("RECORD_FILE_INCOMPLETE");
        assertThat(rules.get("R13").missing()).containsExactly("6.2", "6.3", "6.4", "6.8", "6.10");
        assertThat(rules.get("R17").finding()).isEqualTo("YOUNG_TEACHERS_WITHOUT_MENTOR");
        assertThat(rules.get("R17").missing()).containsExactly("Элнура Жаңыбаева");
    }

    @Test
    void fewerThanFourMembersAndNoChairAreNotMet() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.jdbc().sql("DELETE FROM rm_association_member WHERE association_id = ? AND teacher_id IN ('t4', 't5')")
                .param(MA).update();

        Map<String, RuleCheck> rules = rules("2026-10-15", YEAR);

        assertThat(rules.get("R1").status()).isEqualTo(RuleStatus.NOT_MET);
        assertThat(rules.get("R1").finding()).isEqualTo("TOO_FEW_MEMBERS");
        assertThat(rules.get("R1").missing()).containsExactly("3/4");
        assertThat(rules.get("R5").finding()).isEqualTo("NO_CHAIR");
        assertThat(rules.get("R9").finding()).isEqualTo("NO_PROTOCOLS");
        assertThat(rules.get("R17").status()).as("no young member left").isEqualTo(RuleStatus.MET);
    }

    @Test
    void aYoungTeacherWhoJoinsLateHasThirtyDaysForAMentor() {
        aYearKeptInTime();
        record.jdbc().sql("INSERT INTO rm_teacher (teacher_id, school_id, full_name, subjects, hire_date) "
                + "VALUES ('t6', ?, 'Үмүт Ңурланова', '{Физика}', '2026-09-01')").param(SCHOOL).update();
        record.jdbc().sql("INSERT INTO rm_association_member (association_id, teacher_id) VALUES (?, 't6')").param(MA).update();
        record.record("2027-01-10", new kg.mektep.birikme.api.association.MemberAddedEvent(MA, SCHOOL, "t6"));

        assertThat(rules("2027-02-09", YEAR).get("R17").status()).isEqualTo(RuleStatus.NOT_YET_DUE);
        RuleCheck late = rules("2027-02-10", YEAR).get("R17");
        assertThat(late.status()).isEqualTo(RuleStatus.NOT_MET);
        assertThat(late.missing()).containsExactly("Үмүт Ңурланова");
    }

    @Test
    void theSchoolReportHasTheAssociationsOfTheYearAndOneAssociationCanBeAskedAlone() {
        aYearKeptInTime();
        record.opened("2027-10-01", "ma-later", "2027-10-01");
        ComplianceQueries queries = new ComplianceQueries(record.years("2027-06-01"), assessment);

        ComplianceReport report = queries.handle(new FindComplianceQuery(SCHOOL, YEAR));
        assertThat(report.schoolYearName()).isEqualTo("2026-2027");
        assertThat(report.associations()).extracting(AssociationCompliance::associationId).containsExactly(MA);
        assertThat(queries.handle(new FindAssociationComplianceQuery(SCHOOL, "ma-later", YEAR)))
                .hasValueSatisfying(later -> {
                    assertThat(later.inYear()).isFalse();
                    assertThat(later.rules()).isEmpty();
                });
        assertThat(queries.handle(new FindAssociationComplianceQuery("another-school", MA, YEAR))).isEmpty();
    }

    @Test
    void theCountsSayHowManyRulesAreMetNotMetAndNotYetDue() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.elected("2026-09-01", "t1");
        record.confirmed("2026-09-02", "t1", "2026-09-02");
        record.drafted("2026-09-03", YEAR);
        record.approved("2026-09-15", YEAR);

        AssociationCompliance compliance = assessment.assess(record.on("2026-10-15", YEAR));

        assertThat(compliance.rules()).filteredOn(rule -> rule.status() == RuleStatus.MET).extracting(RuleCheck::rule)
                .containsExactly("R1", "R5", "R6");
        assertThat(compliance.rules()).filteredOn(rule -> rule.status() == RuleStatus.NOT_YET_DUE)
                .extracting(RuleCheck::rule).containsExactly("R10", "R11");
        assertThat(List.of(compliance.met(), compliance.notMet(), compliance.notYetDue())).containsExactly(3, 4, 2);
    }

    @Test
    void fourMembersAreEnough() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.jdbc().sql("DELETE FROM rm_association_member WHERE association_id = ? AND teacher_id = 't4'")
                .param(MA).update();

        RuleCheck members = rules("2026-10-15", YEAR).get("R1");

        assertThat(members.status()).isEqualTo(RuleStatus.MET);
        assertThat(members.missing()).isEmpty();
    }

    @Test
    void theMembersRuleShowsTheEventByWhichEachMemberJoined() {
        long opened = record.opened("2026-08-28", MA, "2026-08-28");
        record.hired("t6", "Үмүт Ңурланова", "2012-09-01");
        long added = record.added("2026-11-20", "t6");

        RuleCheck members = rules("2026-12-01", YEAR).get("R1");

        assertThat(members.status()).isEqualTo(RuleStatus.MET);
        assertThat(members.evidence()).extracting(Evidence::position, Evidence::eventType).containsExactly(
                tuple(opened, "AssociationCreatedEvent"), tuple(opened, "AssociationCreatedEvent"),
                tuple(opened, "AssociationCreatedEvent"), tuple(opened, "AssociationCreatedEvent"),
                tuple(opened, "AssociationCreatedEvent"), tuple(added, "MemberAddedEvent"));
    }

    @Test
    void aThemeDraftedLateStillGivesTheYearItsThemeOnceTheMonthlyPlansAreMade() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.drafted("2026-10-02", YEAR);
        record.month("2026-10-01", "2026-10");

        RuleCheck theme = rules("2026-10-15", YEAR).get("R7");

        assertThat(theme.status()).isEqualTo(RuleStatus.MET);
        assertThat(theme.dueBy()).hasToString("2026-10-01");
    }

    @Test
    void theThemeIsDueFirstAndOnceDraftedTheFirstMonthlyPlan() {
        record.opened("2026-08-28", MA, "2026-08-28");

        RuleCheck beforeTheDraft = rules("2026-09-02", YEAR).get("R7");
        assertThat(beforeTheDraft.status()).isEqualTo(RuleStatus.NOT_YET_DUE);
        assertThat(beforeTheDraft.dueBy()).hasToString("2026-09-30");

        record.drafted("2026-09-03", YEAR);
        RuleCheck afterTheDraft = rules("2026-09-10", YEAR).get("R7");
        assertThat(afterTheDraft.status()).isEqualTo(RuleStatus.NOT_YET_DUE);
        assertThat(afterTheDraft.dueBy()).hasToString("2026-10-01");
    }

    @Test
    void protocolsNumberedWithAGapAreNotMetAndNameTheMissingNumbers() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.protocol("2026-09-18", YEAR, 1, "2026-09-18", true);
        record.protocol("2026-12-03", YEAR, 4, "2026-12-03", true);

        RuleCheck protocols = rules("2026-12-10", YEAR).get("R9");

        assertThat(protocols.status()).isEqualTo(RuleStatus.NOT_MET);
        assertThat(protocols.finding()).isEqualTo("PROTOCOL_NUMBERS_MISSING");
        assertThat(protocols.missing()).containsExactly("2", "3");
    }

    @Test
    void aSeminarMayItselfNameItsOpenLessonsAndExtracurricularEvents() {
        record.opened("2026-08-28", MA, "2026-08-28");
        long lesson = record.openLesson("2026-11-10", "lesson-1", null);
        long event = record.extracurricular("2026-11-11", "event-1", null);
        long seminar = record.seminar("2026-11-12", "seminar-1", List.of("lesson-1"), List.of("event-1"));

        RuleCheck seminars = rules("2026-11-20", YEAR).get("R10");

        assertThat(seminars.status()).isEqualTo(RuleStatus.MET);
        assertThat(seminars.evidence()).extracting(Evidence::position).containsExactly(seminar, lesson, event);
    }

    @Test
    void aLessonOfOneSeminarAndAnEventOfAnotherMakeNoSeminarWithBoth() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.seminar("2026-11-12", "seminar-1", List.of());
        record.openLesson("2026-11-12", "lesson-1", "seminar-1");
        record.seminar("2027-03-12", "seminar-2", List.of());
        record.extracurricular("2027-03-12", "event-1", "seminar-2");

        RuleCheck seminars = rules("2027-09-01", YEAR).get("R10");

        assertThat(seminars.status()).isEqualTo(RuleStatus.NOT_MET);
        assertThat(seminars.finding()).isEqualTo("NO_SEMINAR_WITH_OPEN_LESSONS");
    }

    @Test
    void theRecordFileRuleShowsTheFirstEventOfEachDocumentAndIsDueByTheNextDocumentDue() {
        long opened = record.opened("2026-08-28", MA, "2026-08-28");
        long elected = record.elected("2026-09-01", "t1");

        RuleCheck file = rules("2026-09-10", YEAR).get("R13");

        assertThat(file.status()).isEqualTo(RuleStatus.NOT_YET_DUE);
        assertThat(file.dueBy()).as("the regulation, the job duties, the theme, the plan and the first protocol")
                .hasToString("2026-09-30");
        assertThat(file.evidence()).as("6.1, 6.2 (the election, awaiting its order) and 6.9")
                .extracting(Evidence::position).containsExactly(opened, elected, opened);
    }

    @Test
    void anIncompleteRecordFileIsDueSinceTheEarliestDayOfADocumentMissing() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.elected("2026-09-01", "t1");
        record.confirmed("2026-09-02", "t1", "2026-09-02");

        RuleCheck file = rules("2026-10-15", YEAR).get("R13");

        assertThat(file.status()).isEqualTo(RuleStatus.NOT_MET);
        assertThat(file.missing()).containsExactly("6.3", "6.4", "6.6", "6.7", "6.8", "6.11");
        assertThat(file.dueBy()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void onlyTheMentorsOfYoungMembersAreEvidenceOfTheMentorRule() {
        record.opened("2026-08-28", MA, "2026-08-28");
        long young = record.mentor("2026-09-20", YOUNG);
        record.mentor("2026-09-21", "t3");

        RuleCheck mentors = rules("2026-10-15", YEAR).get("R17");

        assertThat(mentors.status()).isEqualTo(RuleStatus.MET);
        assertThat(mentors.evidence()).extracting(Evidence::position).containsExactly(young);
    }

    @Test
    void aPastYearAsksAMentorForEveryTeacherYoungOnItsLastDay() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.mentor("2026-09-20", YOUNG);
        record.hired("t6", "Үмүт Ңурланова", "2024-09-15");
        record.added("2026-09-05", "t6");

        RuleCheck mentors = rules("2027-10-01", YEAR).get("R17");

        assertThat(mentors.status()).as("young until 2027-09-15").isEqualTo(RuleStatus.NOT_MET);
        assertThat(mentors.missing()).containsExactly("Үмүт Ңурланова");
    }

    @Test
    void theMentorRuleIsDueByTheEarliestDayAYoungMemberNeedsAMentor() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.hired("t6", "Айгерим Сыдыкова", "2026-08-20");
        record.added("2026-09-15", "t6");

        RuleCheck mentors = rules("2026-09-20", YEAR).get("R17");

        assertThat(mentors.status()).isEqualTo(RuleStatus.NOT_YET_DUE);
        assertThat(mentors.dueBy()).as("Элнура's by the start of the year, before Айгерим's 30 days after joining")
                .isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void aMentorWhoLeavesTheAssociationMentorsNoMoreAndANewOneIsDueThirtyDaysLater() {
        aYearKeptInTime();
        long left = record.removed("2026-11-02", "t2");

        RuleCheck soon = rules("2026-11-20", YEAR).get("R17");
        assertThat(soon.status()).isEqualTo(RuleStatus.NOT_YET_DUE);
        assertThat(soon.dueBy()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(soon.evidence()).as("no assignment stands").isEmpty();
        RuleCheck late = rules("2026-12-03", YEAR).get("R17");
        assertThat(late.status()).isEqualTo(RuleStatus.NOT_MET);
        assertThat(late.finding()).isEqualTo("YOUNG_TEACHERS_WITHOUT_MENTOR");
        assertThat(late.missing()).containsExactly("Элнура Жаңыбаева");

        long again = record.mentor("2026-12-04", YOUNG, "t3");
        RuleCheck mentored = rules("2026-12-05", YEAR).get("R17");
        assertThat(mentored.status()).isEqualTo(RuleStatus.MET);
        assertThat(mentored.evidence()).extracting(Evidence::position).containsExactly(again);
        assertThat(left).isLessThan(again);
    }

    @Test
    void aMentorReorganisedOutOfTheAssociationCountedForThePastYearButNotTheNext() {
        record.opened("2026-08-28", MA, "2026-08-28");
        long assigned = record.mentor("2026-09-20", YOUNG);
        record.reorganised("2027-03-03", "2027-03-01", List.of(), List.of("t2"));

        RuleCheck pastYear = rules("2027-10-15", YEAR).get("R17");
        assertThat(pastYear.status()).as("a member until March of that year").isEqualTo(RuleStatus.MET);
        assertThat(pastYear.evidence()).extracting(Evidence::position).containsExactly(assigned);
        RuleCheck thisYear = rules("2027-10-15", YEAR + 1).get("R17");
        assertThat(thisYear.status()).isEqualTo(RuleStatus.NOT_MET);
        assertThat(thisYear.missing()).containsExactly("Элнура Жаңыбаева");
    }

    @Test
    void aMentorAssignedOnlyAfterTheYearEndedDidNotMentorInIt() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.mentor("2027-09-02", YOUNG);

        RuleCheck pastYear = rules("2027-09-05", YEAR).get("R17");

        assertThat(pastYear.status()).isEqualTo(RuleStatus.NOT_MET);
        assertThat(pastYear.missing()).containsExactly("Элнура Жаңыбаева");
        assertThat(rules("2027-09-05", YEAR + 1).get("R17").status()).isEqualTo(RuleStatus.MET);
    }

    @Test
    void aMentorAssignedAndGoneAfterThePastYearEndedLeavesThatYearNotMet() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.mentor("2027-09-02", YOUNG);
        record.removed("2027-10-01", "t2");

        RuleCheck pastYear = rules("2027-10-15", YEAR).get("R17");

        assertThat(pastYear.status()).as("what happened after the year does not put its term off").isEqualTo(RuleStatus.NOT_MET);
        assertThat(pastYear.missing()).containsExactly("Элнура Жаңыбаева");
    }

    /** An assignment recorded before the record file named mentors, and missed when they were filled in, stands. */
    @Test
    void anAssignmentWhoseMentorTheRecordFileDoesNotKnowStands() {
        record.opened("2026-08-28", MA, "2026-08-28");
        long assigned = record.mentor("2026-09-20", YOUNG);
        record.jdbc().sql("UPDATE rm_record_evidence SET linked = '{}' WHERE fact = 'MENTOR_ASSIGNED'").update();

        RuleCheck mentored = rules("2026-10-15", YEAR).get("R17");

        assertThat(mentored.status()).isEqualTo(RuleStatus.MET);
        assertThat(mentored.evidence()).extracting(Evidence::position).containsExactly(assigned);
    }

    @Test
    void aMonthlyPlanDraftedAgainAfterItsConfirmationLeavesTheMonthWithoutAConfirmedPlan() {
        aYearKeptInTime();
        record.monthDrafted("2026-12-20", "2027-01");

        RuleCheck withdrawn = rules("2027-01-05", YEAR).get("R7");
        assertThat(withdrawn.status()).isEqualTo(RuleStatus.NOT_MET);
        assertThat(withdrawn.finding()).isEqualTo("MONTHLY_PLANS_MISSING");
        assertThat(withdrawn.missing()).containsExactly("2027-01");

        record.month("2027-01-08", "2027-01");
        assertThat(rules("2027-01-10", YEAR).get("R7").status()).as("confirmed anew, if late").isEqualTo(RuleStatus.MET);
    }
}
