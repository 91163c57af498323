package kg.mektep.birikme.query.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.plan.AnnualPlanContent;
import kg.mektep.birikme.api.plan.AssociationPlans;
import kg.mektep.birikme.api.plan.FindCurrentPlansQuery;
import kg.mektep.birikme.api.plan.FindPlanApprovalsQuery;
import kg.mektep.birikme.api.plan.FindPlanHistoryQuery;
import kg.mektep.birikme.api.plan.PlanApprovalEntry;
import kg.mektep.birikme.api.plan.PlanHistory;
import kg.mektep.birikme.query.recordfile.RecordFileTerms;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class PlanQueries {

    private static final String ZONE = "coalesce(s.time_zone, 'Asia/Bishkek') AS school_zone";

    /** When the plan was first approved: every approval of a plan is on time if that one was (R6). */
    private static final String FIRST_APPROVAL = """
            (SELECT min(f.at) FROM rm_plan_audit f WHERE f.plan_id = %s.plan_id AND f.action = 'APPROVED')
            AS first_approved_at""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final RecordFileTerms terms;

    PlanQueries(JdbcClient jdbc, ObjectMapper json, RecordFileTerms terms) {
        this.jdbc = jdbc;
        this.json = json;
        this.terms = terms;
    }

    /**
     * R6: approval belongs to the start of the school year; a plan first approved after the day the
     * start of the association's year is due (the deadline, or the grace after an opening during the
     * year), in the school's own time zone, is allowed but shown as late, as the record file has it.
     * Approvals of later versions (after a revision) do not make a plan approved in time late.
     */
    private boolean late(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("first_approved_at");
        if (at == null) {
            return false;
        }
        LocalDate approvedOn = LocalDate.ofInstant(at.toInstant(), ZoneId.of(rs.getString("school_zone")));
        return approvedOn.isAfter(terms.startOfYearDue(rs.getInt("school_year"), rs.getObject("opened_on", LocalDate.class)));
    }

    @QueryHandler
    List<AssociationPlans> handle(FindCurrentPlansQuery query) {
        List<String[]> associations = jdbc.sql("""
                SELECT association_id, name FROM rm_association WHERE school_id = ? ORDER BY name COLLATE kyrgyz, association_id""")
                .param(query.schoolId()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        Map<String, AssociationPlans.Annual> annual = jdbc.sql("""
                SELECT p.*, a.opened_on, %s, %s FROM rm_annual_plan p
                LEFT JOIN rm_association a ON a.association_id = p.association_id
                LEFT JOIN rm_school s ON s.school_id = p.school_id
                WHERE p.school_id = :school AND p.school_year = :year""".formatted(ZONE, FIRST_APPROVAL.formatted("p")))
                .param("school", query.schoolId()).param("year", query.schoolYear())
                .query((rs, n) -> Map.entry(rs.getString("association_id"), annual(rs, late(rs))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<AssociationPlans> result = new ArrayList<>();
        for (String[] association : associations) {
            AssociationPlans.Annual plan = annual.getOrDefault(association[0],
                    new AssociationPlans.Annual(null, "NONE", null, null, null, null, false));
            result.add(new AssociationPlans(association[0], association[1], plan,
                    months(plan.planId(), new SchoolYear(query.schoolYear())),
                    individual(association[0], query.schoolYear())));
        }
        return result;
    }

    @QueryHandler
    Optional<PlanHistory> handle(FindPlanHistoryQuery query) {
        return jdbc.sql("SELECT association_id, school_year FROM rm_annual_plan WHERE plan_id = ? AND school_id = ?")
                .params(query.planId(), query.schoolId())
                .query((rs, n) -> new PlanHistory(query.planId(), rs.getString(1), rs.getInt(2), versions(query.planId())))
                .optional();
    }

    @QueryHandler
    List<PlanApprovalEntry> handle(FindPlanApprovalsQuery query) {
        // Each approval is judged by the plan's first; only annual plans have the start-of-year deadline.
        StringBuilder sql = new StringBuilder("SELECT a.*, o.opened_on, ").append(ZONE).append(", ")
                .append(FIRST_APPROVAL.formatted("a")).append("""
                 FROM rm_plan_audit a
                LEFT JOIN rm_association o ON o.association_id = a.association_id
                LEFT JOIN rm_school s ON s.school_id = a.school_id
                WHERE a.school_id = :school""");
        if (query.schoolYear() != null) {
            sql.append(" AND a.school_year = :year");
        }
        if (query.associationId() != null) {
            sql.append(" AND a.association_id = :association");
        }
        if (query.actorId() != null) {
            sql.append(" AND a.actor_id = :actor");
        }
        if (query.from() != null) {
            sql.append(" AND a.at >= :from");
        }
        if (query.to() != null) {
            sql.append(" AND a.at < :to");
        }
        sql.append(" ORDER BY a.at, a.sequence_number, a.event_id");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("school", query.schoolId());
        if (query.schoolYear() != null) {
            statement = statement.param("year", query.schoolYear());
        }
        if (query.associationId() != null) {
            statement = statement.param("association", query.associationId());
        }
        if (query.actorId() != null) {
            statement = statement.param("actor", query.actorId());
        }
        if (query.from() != null) {
            statement = statement.param("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            statement = statement.param("to", Timestamp.from(query.to()));
        }
        return statement.query((rs, n) -> new PlanApprovalEntry(rs.getTimestamp("at").toInstant(), rs.getString("plan_id"),
                rs.getString("plan_kind"), rs.getString("association_id"), rs.getInt("school_year"),
                rs.getString("action"), rs.getInt("version"), rs.getString("content_hash"), rs.getString("actor_id"),
                rs.getString("actor_role"),
                rs.getString("action").equals("APPROVED") && rs.getString("plan_kind").equals("ANNUAL") && late(rs),
                rs.getString("comments"))).list();
    }

    private static AssociationPlans.Annual annual(ResultSet rs, boolean late) throws SQLException {
        String status = rs.getString("status");
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        return new AssociationPlans.Annual(rs.getString("plan_id"),
                status.equals("APPROVED") && late ? "APPROVED_LATE" : status,
                rs.getInt("current_version"), (Integer) rs.getObject("version_in_force"), rs.getString("approver_id"),
                approvedAt == null ? null : approvedAt.toInstant(), late);
    }

    private List<AssociationPlans.Month> months(String planId, SchoolYear year) {
        Map<String, String> status = planId == null ? Map.of() : jdbc.sql("SELECT month, status FROM rm_monthly_plan WHERE plan_id = ?")
                .param(planId).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<AssociationPlans.Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(year.firstDay()); !month.isAfter(YearMonth.from(year.lastDay()));
                month = month.plusMonths(1)) {
            months.add(new AssociationPlans.Month(month, status.getOrDefault(month.toString(), "MISSING")));
        }
        return months;
    }

    private List<AssociationPlans.Individual> individual(String associationId, int schoolYear) {
        return jdbc.sql("""
                SELECT i.plan_id, i.teacher_id, t.full_name, i.status, i.version
                FROM rm_individual_plan i LEFT JOIN rm_teacher t ON t.teacher_id = i.teacher_id
                WHERE i.association_id = ? AND i.school_year = ? ORDER BY t.full_name COLLATE kyrgyz, i.teacher_id""")
                .params(associationId, schoolYear)
                .query((rs, n) -> new AssociationPlans.Individual(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5)))
                .list();
    }

    private List<PlanHistory.Version> versions(String planId) {
        List<Object[]> rows = jdbc.sql("""
                SELECT version, created_at, content_hash, content::text FROM rm_annual_plan_version
                WHERE plan_id = ? ORDER BY version""")
                .param(planId)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)})
                .list();
        List<PlanHistory.Version> versions = new ArrayList<>();
        String previous = null;
        for (Object[] row : rows) {
            String content = (String) row[3];
            versions.add(new PlanHistory.Version((Integer) row[0], (Instant) row[1], (String) row[2], read(content),
                    previous == null ? List.of() : JsonDiff.between(read(previous, json), read(content, json))));
            previous = content;
        }
        return versions;
    }

    private AnnualPlanContent read(String content) {
        try {
            return json.readValue(content, AnnualPlanContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored plan content is JSON the projection wrote", e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String content, ObjectMapper json) {
        try {
            return json.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored plan content is JSON the projection wrote", e);
        }
    }
}
