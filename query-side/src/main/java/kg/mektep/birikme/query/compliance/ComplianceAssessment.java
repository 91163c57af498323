package kg.mektep.birikme.query.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kg.mektep.birikme.api.common.YoungTeacher;
import kg.mektep.birikme.api.recordfile.AssociationCompliance;
import kg.mektep.birikme.api.recordfile.DocumentStatus;
import kg.mektep.birikme.api.recordfile.Evidence;
import kg.mektep.birikme.api.recordfile.RecordFile;
import kg.mektep.birikme.api.recordfile.RecordFileItem;
import kg.mektep.birikme.api.recordfile.RecordFileKind;
import kg.mektep.birikme.api.recordfile.RuleCheck;
import kg.mektep.birikme.api.recordfile.RuleStatus;
import kg.mektep.birikme.query.recordfile.AssociationYear;
import kg.mektep.birikme.query.recordfile.Fact;
import kg.mektep.birikme.query.recordfile.Proof;
import kg.mektep.birikme.query.recordfile.RecordFileAssessment;
import kg.mektep.birikme.query.recordfile.RecordFileTerms;
import org.springframework.stereotype.Component;

/**
 * The rules of DOMAIN.md that the record of an association's school year can show, each met, not
 * met or not yet due on the association's day, with the events that bear it out and, when not
 * met, a stable finding and what is missing. Structural rules (members, chair, young teachers)
 * are judged on the association as it stands; the chair as it stood at the year's end.
 */
@Component
public class ComplianceAssessment {

    static final int MINIMUM_MEMBERS = 4;

    private final RecordFileAssessment recordFiles;
    private final RecordFileTerms terms;

    public ComplianceAssessment(RecordFileAssessment recordFiles, RecordFileTerms terms) {
        this.recordFiles = recordFiles;
        this.terms = terms;
    }

    public AssociationCompliance assess(AssociationYear year) {
        if (!year.inYear()) {
            return new AssociationCompliance(year.associationId(), year.name(), year.status(), year.schoolYear(),
                    year.asOf(), false, 0, 0, 0, List.of());
        }
        RecordFile file = recordFiles.assess(year);
        Map<RecordFileKind, RecordFileItem> items = file.items().stream()
                .collect(Collectors.toMap(RecordFileItem::kind, Function.identity()));
        List<RuleCheck> rules = List.of(members(year), chair(items.get(RecordFileKind.CHAIR_ORDER)),
                annualPlan(items.get(RecordFileKind.ANNUAL_PLAN)),
                themeAndMonthlyPlans(items.get(RecordFileKind.METHODOLOGICAL_THEME), items.get(RecordFileKind.MONTHLY_PLANS)),
                protocols(year), seminar(year), yearAnalysis(year), recordFile(file), mentors(year));
        return new AssociationCompliance(year.associationId(), year.name(), year.status(), year.schoolYear(), year.asOf(),
                true, count(rules, RuleStatus.MET), count(rules, RuleStatus.NOT_MET), count(rules, RuleStatus.NOT_YET_DUE),
                rules);
    }

    /** R1 (1.1): at least four member teachers. */
    private RuleCheck members(AssociationYear year) {
        List<Evidence> joined = year.members().stream().map(member -> year.joining(member.teacherId()))
                .flatMap(Optional::stream).sorted(Comparator.comparingLong(Proof::position)).map(Proof::evidence).toList();
        int count = year.members().size();
        return count >= MINIMUM_MEMBERS ? met("R1", "1.1", null, joined)
                : notMet("R1", "1.1", null, "TOO_FEW_MEMBERS", List.of(count + "/" + MINIMUM_MEMBERS), joined);
    }

    /** R5 (5.1, 6.2): a chair elected from the members and confirmed by the director's order. */
    private RuleCheck chair(RecordFileItem order) {
        return switch (order.status()) {
            case PRESENT, LATE -> met("R5", "5.1, 6.2", order.dueBy(), order.evidence());
            case MISSING -> notMet("R5", "5.1, 6.2", order.dueBy(),
                    order.evidence().isEmpty() ? "NO_CHAIR" : "CHAIR_NOT_CONFIRMED", order.missing(), order.evidence());
            default -> notYetDue("R5", "5.1, 6.2", order.dueBy(), order.evidence());
        };
    }

    /** R6 (4.1, 5.2, 5.4, 6.7): the annual plan approved by the deputy at the start of the year, on time. */
    private RuleCheck annualPlan(RecordFileItem plan) {
        String clause = "4.1, 5.2, 5.4, 6.7";
        return switch (plan.status()) {
            case PRESENT -> met("R6", clause, plan.dueBy(), plan.evidence());
            case LATE -> notMet("R6", clause, plan.dueBy(), "PLAN_APPROVED_LATE", plan.late(), plan.evidence());
            case MISSING -> notMet("R6", clause, plan.dueBy(), "PLAN_NOT_APPROVED", List.of(), plan.evidence());
            default -> notYetDue("R6", clause, plan.dueBy(), plan.evidence());
        };
    }

    /** R7 (6.6, 6.8): the year's methodological theme and its monthly plans. */
    private RuleCheck themeAndMonthlyPlans(RecordFileItem theme, RecordFileItem months) {
        String clause = "6.6, 6.8";
        List<Evidence> evidence = new ArrayList<>(theme.evidence());
        evidence.addAll(months.evidence());
        if (theme.status() == DocumentStatus.MISSING) {
            return notMet("R7", clause, theme.dueBy(), "NO_THEME", List.of(), evidence);
        }
        if (months.status() == DocumentStatus.MISSING) {
            return notMet("R7", clause, months.dueBy(), "MONTHLY_PLANS_MISSING", months.missing(), evidence);
        }
        boolean themeMade = theme.status() == DocumentStatus.PRESENT || theme.status() == DocumentStatus.LATE;
        boolean monthsMade = months.status() != DocumentStatus.NOT_YET_DUE;
        return themeMade && monthsMade ? met("R7", clause, months.dueBy(), evidence)
                : notYetDue("R7", clause, themeMade ? months.dueBy() : theme.dueBy(), evidence);
    }

    /** R9 (4.2, 5.6, 6.11): the year's protocols, numbered from 1 without gaps, of quorate meetings. */
    private RuleCheck protocols(AssociationYear year) {
        String clause = "4.2, 5.6, 6.11";
        List<Proof> protocols = year.factsOfYear(Fact.PROTOCOL).list();
        List<Evidence> evidence = protocols.stream().map(Proof::evidence).toList();
        LocalDate due = terms.startOfYearDue(year);
        if (protocols.isEmpty()) {
            return year.asOf().isAfter(due) ? notMet("R9", clause, due, "NO_PROTOCOLS", List.of(), evidence)
                    : notYetDue("R9", clause, due, evidence);
        }
        TreeSet<Integer> numbers = protocols.stream().map(protocol -> Integer.parseInt(protocol.ref()))
                .collect(Collectors.toCollection(TreeSet::new));
        int highest = numbers.last();
        List<String> gaps = new ArrayList<>();
        for (int number = 1; number <= highest; number++) {
            if (!numbers.contains(number)) {
                gaps.add(String.valueOf(number));
            }
        }
        if (!gaps.isEmpty()) {
            return notMet("R9", clause, due, "PROTOCOL_NUMBERS_MISSING", gaps, evidence);
        }
        List<String> notQuorate = protocols.stream().filter(protocol -> !Boolean.TRUE.equals(protocol.quorate()))
                .map(Proof::ref).toList();
        return notQuorate.isEmpty() ? met("R9", clause, due, evidence)
                : notMet("R9", clause, due, "PROTOCOLS_NOT_QUORATE", notQuorate, evidence);
    }

    /**
     * R10 (5.7): at least one seminar in the year with a thematic open lesson and an extracurricular
     * event (whichever side named the other), due by the year's end.
     */
    private RuleCheck seminar(AssociationYear year) {
        List<Proof> lessons = year.factsOfYear(Fact.OPEN_LESSON).list();
        List<Proof> events = year.factsOfYear(Fact.EXTRACURRICULAR_EVENT).list();
        LocalDate due = year.year().lastDay();
        for (Proof seminar : year.factsOfYear(Fact.SEMINAR).list()) {
            List<Proof> itsLessons = linkedTo(seminar, lessons);
            List<Proof> itsEvents = linkedTo(seminar, events);
            if (!itsLessons.isEmpty() && !itsEvents.isEmpty()) {
                List<Evidence> evidence = new ArrayList<>(List.of(seminar.evidence()));
                itsLessons.forEach(lesson -> evidence.add(lesson.evidence()));
                itsEvents.forEach(event -> evidence.add(event.evidence()));
                return met("R10", "5.7", due, evidence);
            }
        }
        return year.asOf().isAfter(due) ? notMet("R10", "5.7", due, "NO_SEMINAR_WITH_OPEN_LESSONS", List.of(), List.of())
                : notYetDue("R10", "5.7", due, List.of());
    }

    private static List<Proof> linkedTo(Proof seminar, List<Proof> activities) {
        return activities.stream().filter(activity -> seminar.linked().contains(activity.ref())
                || activity.linked().contains(seminar.ref())).toList();
    }

    /** R11 (5.8, 6.5): the deputy's analysis of the year, given at its last meeting, due by the year's end. */
    private RuleCheck yearAnalysis(AssociationYear year) {
        LocalDate due = year.year().lastDay();
        Optional<Proof> analysis = year.factsOfYear(Fact.YEAR_ANALYSIS).first();
        if (analysis.isPresent()) {
            return met("R11", "5.8, 6.5", due, List.of(analysis.get().evidence()));
        }
        return year.asOf().isAfter(due) ? notMet("R11", "5.8, 6.5", due, "NO_YEAR_ANALYSIS", List.of(), List.of())
                : notYetDue("R11", "5.8, 6.5", due, List.of());
    }

    /** R13 (6): the record file holds every document due; the first event of each present one is its evidence. */
    private static RuleCheck recordFile(RecordFile file) {
        List<Evidence> evidence = file.items().stream().filter(item -> !item.evidence().isEmpty())
                .map(item -> item.evidence().get(0)).toList();
        List<String> missing = file.items().stream().filter(item -> item.status() == DocumentStatus.MISSING)
                .map(RecordFileItem::clause).toList();
        if (!missing.isEmpty()) {
            LocalDate due = file.items().stream().filter(item -> item.status() == DocumentStatus.MISSING)
                    .map(RecordFileItem::dueBy).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            return notMet("R13", "6", due, "RECORD_FILE_INCOMPLETE", missing, evidence);
        }
        Optional<LocalDate> nextDue = file.items().stream().filter(item -> item.status() == DocumentStatus.NOT_YET_DUE)
                .map(RecordFileItem::dueBy).filter(Objects::nonNull).min(Comparator.naturalOrder());
        boolean pending = file.items().stream().anyMatch(item -> item.status() == DocumentStatus.NOT_YET_DUE);
        return pending ? notYetDue("R13", "6", nextDue.orElse(null), evidence) : met("R13", "6", null, evidence);
    }

    /**
     * R17 (3.17, 8.6, 9): every young member (first three years since hire, on the year's last day or
     * today if earlier) has a mentor, due by the start of the year or the grace days after joining or
     * after their mentor left. A mentor mentors while a member of the association (3.17): in the
     * current year one who is a member today, in a past year one who was during the year.
     */
    private RuleCheck mentors(AssociationYear year) {
        String clause = "3.17, 8.6, 9";
        LocalDate day = year.asOf().isBefore(year.year().lastDay()) ? year.asOf() : year.year().lastDay();
        List<AssociationYear.Member> young = year.members().stream()
                .filter(member -> member.hireDate() != null && YoungTeacher.on(member.hireDate(), day)).toList();
        // Assignments made by the day judged: one after a past year's end does not count for it.
        List<Proof> assignments = year.facts(Fact.MENTOR_ASSIGNED).list().stream()
                .filter(proof -> !proof.recordedOn().isAfter(day))
                .filter(proof -> young.stream().anyMatch(member -> member.teacherId().equals(proof.ref()))).toList();
        List<Proof> standing = assignments.stream().filter(proof -> mentoring(year, proof, day)).toList();
        List<String> overdue = new ArrayList<>();
        LocalDate nextDue = null;
        for (AssociationYear.Member member : young) {
            if (standing.stream().anyMatch(proof -> proof.ref().equals(member.teacherId()))) {
                continue;
            }
            LocalDate due = dueForMentor(year, member, assignments, day);
            if (year.asOf().isAfter(due)) {
                overdue.add(member.displayName());
            } else if (nextDue == null || due.isBefore(nextDue)) {
                nextDue = due;
            }
        }
        List<Evidence> evidence = standing.stream().map(Proof::evidence).toList();
        if (!overdue.isEmpty()) {
            return notMet("R17", clause, null, "YOUNG_TEACHERS_WITHOUT_MENTOR", overdue, evidence);
        }
        return nextDue != null ? notYetDue("R17", clause, nextDue, evidence) : met("R17", clause, null, evidence);
    }

    /** Whether the assignment's mentor mentors on the day (the year not over) or did in the year (a past year). */
    private static boolean mentoring(AssociationYear year, Proof assignment, LocalDate day) {
        boolean yearOver = year.asOf().isAfter(year.year().lastDay());
        return AssociationYear.mentorOf(assignment)
                .map(mentor -> year.membershipFrom(mentor, assignment).stream()
                        .anyMatch(span -> yearOver ? span.during(year.year().firstDay(), day) : span.on(day)))
                // An assignment whose mentor the record file does not know (one the log had not handled
                // when query V22 named the mentors) stands, as every assignment did before.
                .orElse(true);
    }

    /**
     * The latest of: the start of the year, the grace after the member joined, the grace after a
     * mentor of theirs left (by the day judged).
     */
    private LocalDate dueForMentor(AssociationYear year, AssociationYear.Member member, List<Proof> assignments,
                                   LocalDate day) {
        Stream<LocalDate> joined = year.joining(member.teacherId()).map(Proof::recordedOn).stream();
        Stream<LocalDate> mentorsLeft = assignments.stream()
                .filter(assignment -> assignment.ref().equals(member.teacherId()))
                .flatMap(assignment -> AssociationYear.mentorOf(assignment).stream()
                        .flatMap(mentor -> year.membershipFrom(mentor, assignment).stream()))
                .map(AssociationYear.Membership::until).filter(Objects::nonNull).filter(until -> !until.isAfter(day));
        return Stream.concat(joined, mentorsLeft).map(terms::afterGrace)
                .reduce(terms.startOfYearDue(year), (due, owed) -> owed.isAfter(due) ? owed : due);
    }

    private static int count(List<RuleCheck> rules, RuleStatus status) {
        return (int) rules.stream().filter(rule -> rule.status() == status).count();
    }

    private static RuleCheck met(String rule, String clause, LocalDate dueBy, List<Evidence> evidence) {
        return new RuleCheck(rule, clause, RuleStatus.MET, dueBy, null, List.of(), evidence);
    }

    private static RuleCheck notMet(String rule, String clause, LocalDate dueBy, String finding, List<String> missing,
                                    List<Evidence> evidence) {
        return new RuleCheck(rule, clause, RuleStatus.NOT_MET, dueBy, finding, missing, evidence);
    }

    private static RuleCheck notYetDue(String rule, String clause, LocalDate dueBy, List<Evidence> evidence) {
        return new RuleCheck(rule, clause, RuleStatus.NOT_YET_DUE, dueBy, null, List.of(), evidence);
    }
}
