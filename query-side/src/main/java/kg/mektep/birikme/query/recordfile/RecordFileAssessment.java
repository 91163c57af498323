package kg.mektep.birikme.query.recordfile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.recordfile.DocumentStatus;
import kg.mektep.birikme.api.recordfile.Evidence;
import kg.mektep.birikme.api.recordfile.RecordFile;
import kg.mektep.birikme.api.recordfile.RecordFileItem;
import kg.mektep.birikme.api.recordfile.RecordFileKind;
import kg.mektep.birikme.api.recordfile.RegisteredDocument;
import org.springframework.stereotype.Component;

/**
 * R13 (clause 6): each of the eleven documents of an association's record file in a school year,
 * present, late, missing or not yet due, judged from the record on the association's day
 * ({@link AssociationYear#asOf()}). When each is due and when it is late is set out per document
 * below and in the README.
 */
@Component
public class RecordFileAssessment {

    /** Monthly plans are made for the teaching months, up to May. */
    static final int LAST_PLANNED_MONTH = 5;

    private final RecordFileTerms terms;

    public RecordFileAssessment(RecordFileTerms terms) {
        this.terms = terms;
    }

    public RecordFile assess(AssociationYear year) {
        if (!year.inYear()) {
            return new RecordFile(year.associationId(), year.name(), year.schoolYear(), year.year().toString(),
                    year.asOf(), false, false, List.of());
        }
        List<RecordFileItem> items = List.of(openingOrder(year), chairOrder(year),
                kept(year, RecordFileKind.REGULATION), kept(year, RecordFileKind.JOB_DUTIES), pastYearAnalysis(year),
                theme(year), annualPlan(year), monthlyPlans(year), teachers(year), internalControl(year), protocols(year));
        boolean complete = items.stream().allMatch(item -> item.status() == DocumentStatus.PRESENT
                || item.status() == DocumentStatus.LATE || item.status() == DocumentStatus.NOT_APPLICABLE);
        return new RecordFile(year.associationId(), year.name(), year.schoolYear(), year.year().toString(), year.asOf(),
                true, complete, items);
    }

    /** 6.1: the director's order that opened the association, with the orders that reorganised it by the year's end. */
    private RecordFileItem openingOrder(AssociationYear year) {
        Optional<Proof> opening = year.opening();
        if (opening.isEmpty()) {
            return item(RecordFileKind.OPENING_ORDER, DocumentStatus.MISSING, null, List.of(), List.of(), List.of());
        }
        List<Proof> orders = new ArrayList<>(List.of(opening.get()));
        year.facts(Fact.REORGANISED).list().stream()
                .filter(order -> !order.dayOrRecorded().isAfter(year.year().lastDay())).forEach(orders::add);
        return item(RecordFileKind.OPENING_ORDER, DocumentStatus.PRESENT, opening.get().dayOrRecorded(), List.of(),
                List.of(), orders);
    }

    /**
     * 6.2: the order confirming the chair in office, due within the grace days after the election
     * (by the start of the year while no chair is elected); an order dated later is late.
     */
    private RecordFileItem chairOrder(AssociationYear year) {
        Optional<Proof> election = year.chairElection();
        LocalDate asOf = year.asOf();
        if (election.isEmpty()) {
            LocalDate due = terms.startOfYearDue(year);
            return item(RecordFileKind.CHAIR_ORDER, dueOrMissing(asOf, due), due, List.of(), List.of(), List.of());
        }
        LocalDate due = terms.afterGrace(election.get().dayOrRecorded());
        Optional<Proof> order = year.confirmationOf(election.get());
        if (order.isEmpty()) {
            return item(RecordFileKind.CHAIR_ORDER, dueOrMissing(asOf, due), due,
                    List.of(year.nameOf(election.get().ref())), List.of(), List.of(election.get()));
        }
        boolean late = order.get().dayOrRecorded().isAfter(due);
        return item(RecordFileKind.CHAIR_ORDER, late ? DocumentStatus.LATE : DocumentStatus.PRESENT, due, List.of(),
                late ? List.of(order.get().dayOrRecorded().toString()) : List.of(), List.of(election.get(), order.get()));
    }

    /**
     * 6.3, 6.4: documents kept outside the system, dated by the year's end, due by the start of the
     * year; registered only after that, they are late.
     */
    private RecordFileItem kept(AssociationYear year, RecordFileKind kind) {
        LocalDate due = terms.startOfYearDue(year);
        List<RegisteredDocument> documents = year.documents().stream()
                .filter(document -> document.kind() == kind && !document.date().isAfter(year.year().lastDay())).toList();
        Set<String> ids = documents.stream().map(RegisteredDocument::documentId).collect(Collectors.toSet());
        List<Proof> registrations = year.facts(Fact.DOCUMENT_REGISTERED).list().stream()
                .filter(proof -> ids.contains(proof.ref())).toList();
        if (documents.isEmpty()) {
            return new RecordFileItem(kind.clause(), kind, dueOrMissing(year.asOf(), due), due, List.of(), List.of(),
                    List.of(), List.of());
        }
        boolean inTime = registrations.stream().anyMatch(proof -> !proof.recordedOn().isAfter(due));
        return new RecordFileItem(kind.clause(), kind, inTime ? DocumentStatus.PRESENT : DocumentStatus.LATE, due,
                List.of(), inTime ? List.of() : registrations.stream().map(p -> p.recordedOn().toString()).toList(),
                evidence(registrations), documents);
    }

    /**
     * 6.5: the analysis of the past year (R11), due by that year's last day; none is asked of an
     * association that did not work in the past year.
     */
    private RecordFileItem pastYearAnalysis(AssociationYear year) {
        int past = year.schoolYear() - 1;
        if (year.firstSchoolYear() > past) {
            return item(RecordFileKind.PAST_YEAR_ANALYSIS, DocumentStatus.NOT_APPLICABLE, null, List.of(), List.of(),
                    List.of());
        }
        LocalDate due = new SchoolYear(past).lastDay();
        return byDue(RecordFileKind.PAST_YEAR_ANALYSIS, year.factsOfYear(Fact.YEAR_ANALYSIS, past).first(), due,
                year.asOf());
    }

    /** 6.6: the methodological theme, which every draft of the annual plan holds, due by the start of the year. */
    private RecordFileItem theme(AssociationYear year) {
        return byDue(RecordFileKind.METHODOLOGICAL_THEME, year.factsOfYear(Fact.PLAN_DRAFTED).first(),
                terms.startOfYearDue(year), year.asOf());
    }

    /** 6.7: the annual plan as approved by the deputy, due by the start of the year (R6, clause 5.4). */
    private RecordFileItem annualPlan(AssociationYear year) {
        List<Proof> approvals = year.factsOfYear(Fact.PLAN_APPROVED).list();
        RecordFileItem first = byDue(RecordFileKind.ANNUAL_PLAN, approvals.stream().findFirst(),
                terms.startOfYearDue(year), year.asOf());
        return new RecordFileItem(first.clause(), first.kind(), first.status(), first.dueBy(), first.missing(),
                first.late(), evidence(approvals), first.documents());
    }

    /**
     * 6.8: a confirmed plan for each teaching month from the one after the start of the year to May,
     * due by the month's first day. The confirmation that stands counts: a month drafted again after
     * it was confirmed has none until it is confirmed anew (as the plan itself has it). One first
     * confirmed after the month's first day is late, none standing by the day after is missing.
     */
    private RecordFileItem monthlyPlans(AssociationYear year) {
        YearMonth first = YearMonth.from(terms.startOfYearDue(year)).plusMonths(1);
        YearMonth last = YearMonth.of(year.schoolYear() + 1, LAST_PLANNED_MONTH);
        List<Proof> confirmations = year.factsOfYear(Fact.MONTH_CONFIRMED).list();
        if (first.isAfter(last)) {
            return item(RecordFileKind.MONTHLY_PLANS, DocumentStatus.NOT_APPLICABLE, null, List.of(), List.of(),
                    confirmations);
        }
        Map<YearMonth, Proof> standing = standingConfirmations(year);
        Map<YearMonth, Proof> firstConfirmed = new LinkedHashMap<>();
        confirmations.forEach(proof -> firstConfirmed.putIfAbsent(YearMonth.parse(proof.ref()), proof));
        List<String> missing = new ArrayList<>();
        List<String> late = new ArrayList<>();
        boolean anyDue = false;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate due = month.atDay(1);
            Proof confirmed = standing.get(month);
            if (confirmed != null && confirmed.fact() == Fact.MONTH_CONFIRMED) {
                anyDue = true;
                // Late by the month's first confirmation: one confirmed in time and adjusted since is not late.
                if (firstConfirmed.getOrDefault(month, confirmed).recordedOn().isAfter(due)) {
                    late.add(month.toString());
                }
            } else if (year.asOf().isAfter(due)) {
                anyDue = true;
                missing.add(month.toString());
            }
        }
        DocumentStatus status = !missing.isEmpty() ? DocumentStatus.MISSING : !late.isEmpty() ? DocumentStatus.LATE
                : anyDue ? DocumentStatus.PRESENT : DocumentStatus.NOT_YET_DUE;
        return item(RecordFileKind.MONTHLY_PLANS, status, first.atDay(1), missing, late,
                standing.values().stream().sorted(Comparator.comparingLong(Proof::position)).toList());
    }

    /**
     * Each month's confirmation that stands, or the draft that withdrew its confirmation (in the
     * order of the log, a draft after a confirmation withdraws it); months only drafted are not listed.
     */
    private static Map<YearMonth, Proof> standingConfirmations(AssociationYear year) {
        Map<YearMonth, Proof> standing = new LinkedHashMap<>();
        for (Proof proof : year.proofs()) {
            if (proof.schoolYear() == null || proof.schoolYear() != year.schoolYear()) {
                continue;
            }
            if (proof.fact() == Fact.MONTH_CONFIRMED) {
                standing.put(YearMonth.parse(proof.ref()), proof);
            } else if (proof.fact() == Fact.MONTH_DRAFTED) {
                standing.computeIfPresent(YearMonth.parse(proof.ref()), (month, confirmation) -> proof);
            }
        }
        return standing;
    }

    /** 6.9: the members and what the staff record says of them, kept as they join. */
    private RecordFileItem teachers(AssociationYear year) {
        List<String> unknown = year.members().stream().filter(member -> member.fullName() == null)
                .map(AssociationYear.Member::teacherId).toList();
        List<Proof> joined = year.members().stream().map(member -> year.joining(member.teacherId()))
                .flatMap(Optional::stream).sorted(Comparator.comparingLong(Proof::position)).toList();
        DocumentStatus status = year.members().isEmpty() || !unknown.isEmpty() ? DocumentStatus.MISSING
                : DocumentStatus.PRESENT;
        return item(RecordFileKind.TEACHERS_INFORMATION, status, year.openingDay().orElse(null), unknown, List.of(),
                joined);
    }

    /** 6.10: the findings of internal control (R18) of the year, due by the year's end. */
    private RecordFileItem internalControl(AssociationYear year) {
        List<Proof> visits = year.factsOfYear(Fact.CONTROL_VISIT).list();
        LocalDate due = year.year().lastDay();
        DocumentStatus status = !visits.isEmpty() ? DocumentStatus.PRESENT : dueOrMissing(year.asOf(), due);
        return item(RecordFileKind.INTERNAL_CONTROL, status, due, List.of(), List.of(), visits);
    }

    /**
     * 6.11: the year's protocols, the first due by the start of the year; one recorded more than the
     * grace days after its meeting is late.
     */
    private RecordFileItem protocols(AssociationYear year) {
        List<Proof> protocols = year.factsOfYear(Fact.PROTOCOL).list();
        LocalDate due = terms.startOfYearDue(year);
        if (protocols.isEmpty()) {
            return item(RecordFileKind.PROTOCOLS, dueOrMissing(year.asOf(), due), due, List.of(), List.of(), List.of());
        }
        List<String> late = protocols.stream()
                .filter(protocol -> protocol.recordedOn().isAfter(terms.afterGrace(protocol.dayOrRecorded())))
                .map(Proof::ref).toList();
        return item(RecordFileKind.PROTOCOLS, late.isEmpty() ? DocumentStatus.PRESENT : DocumentStatus.LATE, due,
                List.of(), late, protocols);
    }

    /** A document made once: in time by its due day, late after it, missing once the day has passed without it. */
    private static RecordFileItem byDue(RecordFileKind kind, Optional<Proof> made, LocalDate due, LocalDate asOf) {
        if (made.isEmpty()) {
            return item(kind, dueOrMissing(asOf, due), due, List.of(), List.of(), List.of());
        }
        boolean late = made.get().recordedOn().isAfter(due);
        return item(kind, late ? DocumentStatus.LATE : DocumentStatus.PRESENT, due, List.of(),
                late ? List.of(made.get().recordedOn().toString()) : List.of(), List.of(made.get()));
    }

    private static DocumentStatus dueOrMissing(LocalDate asOf, LocalDate due) {
        return asOf.isAfter(due) ? DocumentStatus.MISSING : DocumentStatus.NOT_YET_DUE;
    }

    private static RecordFileItem item(RecordFileKind kind, DocumentStatus status, LocalDate dueBy, List<String> missing,
                                       List<String> late, List<Proof> proofs) {
        return new RecordFileItem(kind.clause(), kind, status, dueBy, missing, late, evidence(proofs), List.of());
    }

    private static List<Evidence> evidence(List<Proof> proofs) {
        return proofs.stream().map(Proof::evidence).toList();
    }
}
