package kg.mektep.birikme.query.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.timeline.OverdueKind;
import kg.mektep.birikme.api.timeline.OverdueLinks;
import kg.mektep.birikme.query.recordfile.RecordFileTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R6 (clause 5.4): every working association has its annual plan approved at the start of the year,
 * by the term the plans read model, the record file and compliance judge it by: the deadline, or for
 * an association opened during its first year, the days of grace after its opening order. The chair
 * drafts and submits it.
 */
@Component
class UnapprovedAnnualPlans implements OverdueSource {

    private final JdbcClient jdbc;
    private final ActiveAssociations associations;
    private final RecordFileTerms terms;

    UnapprovedAnnualPlans(JdbcClient jdbc, ActiveAssociations associations, RecordFileTerms terms) {
        this.jdbc = jdbc;
        this.associations = associations;
        this.terms = terms;
    }

    @Override
    public List<Overdue> overdue(OverdueScope scope) {
        int year = scope.year().startYear();
        // Approved once means approved: an amendment awaiting approval leaves the approved text in force.
        Map<String, Plan> plans = jdbc.sql("""
                SELECT association_id, plan_id, version_in_force IS NOT NULL AS approved FROM rm_annual_plan
                WHERE school_id = ? AND school_year = ? ORDER BY plan_id""")
                .params(scope.schoolId(), year)
                .query((rs, n) -> new Plan(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list().stream()
                .collect(Collectors.toMap(Plan::associationId, plan -> plan, Plan::either));
        List<Overdue> overdue = new ArrayList<>();
        for (ActiveAssociations.Active association : associations.of(scope)) {
            Plan plan = plans.get(association.associationId());
            if (!association.worksIn(year)) {
                continue;
            }
            // An association whose opening order is not known yet owes it from the day it was created.
            LocalDate owed = association.openedOn() == null
                    ? association.notBeforeCreation(terms.startOfYearDue(year, null))
                    : terms.startOfYearDue(year, association.openedOn());
            if ((plan == null || !plan.approved()) && association.existedOn(scope.year().lastDay())
                    && owed.isBefore(scope.today())) {
                overdue.add(new Overdue(OverdueKind.ANNUAL_PLAN_NOT_APPROVED, owed, association.associationId(),
                        association.name(), new OverdueLinks(plan == null ? null : plan.planId(), null, null, null, null),
                        association.chairId() == null ? List.of() : List.of(association.chairId()),
                        List.of(scope.year().toString())));
            }
        }
        return overdue;
    }

    private record Plan(String associationId, String planId, boolean approved) {

        Plan either(Plan other) {
            return approved ? this : other;
        }
    }
}
