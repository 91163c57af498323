package kg.mektep.birikme.query.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.plan.AnnualPlanApprovedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanContent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanRevisedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanSubmittedEvent;
import kg.mektep.birikme.api.plan.AssociationPlans;
import kg.mektep.birikme.api.plan.FindCurrentPlansQuery;
import kg.mektep.birikme.api.plan.FindPlanApprovalsQuery;
import kg.mektep.birikme.api.plan.MethodologicalTheme;
import kg.mektep.birikme.api.plan.PlanApprovalEntry;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.query.association.AssociationProjectionAccess;
import kg.mektep.birikme.query.recordfile.RecordFileTerms;
import kg.mektep.birikme.query.school.StaffProjectionAccess;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R6 (clause 5.4) in the plans read and the approval audit, on a real PostgreSQL: a plan is late if
 * its first approval came after its term, as the record file and compliance judge it; approving a
 * revised version later does not make a plan approved in time late.
 */
class PlanQueriesTest {

    private static final String SCHOOL = "school-osh-12";
    private static final String IN_TIME = "ma-matematika";
    private static final String LATE = "ma-tarykh";
    private static final int YEAR = 2026;
    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private PlanProjection projection;
    private PlanQueries queries;
    private long sequence;

    @BeforeEach
    void aSchoolWithTwoAssociations() {
        JdbcClient jdbc = ReadModelDatabase.fresh();
        jdbc.sql("TRUNCATE rm_annual_plan, rm_annual_plan_version, rm_monthly_plan, rm_individual_plan, rm_plan_audit")
                .update();
        projection = new PlanProjection(jdbc, json);
        queries = new PlanQueries(jdbc, json, new RecordFileTerms(MonthDay.of(9, 30), 30));
        new StaffProjectionAccess(jdbc).on(new SchoolRegisteredEvent(SCHOOL, "Ош шаарындагы №12 мектеп", "Ош",
                "Asia/Bishkek"));
        AssociationProjectionAccess associations = new AssociationProjectionAccess(jdbc);
        associations.on(association(IN_TIME, "Математика бирикмеси"));
        associations.on(association(LATE, "Тарых бирикмеси"));
    }

    private static AssociationCreatedEvent association(String id, String name) {
        LocalDate order = LocalDate.of(2025, 5, 12);
        return new AssociationCreatedEvent(id, SCHOOL, name, AssociationKind.SUBJECT_AREA, List.of("Коомдук илимдер"),
                List.of("Тарых"), List.of("t1", "t2", "t3", "t4"), new DocumentRef("45", order),
                new Proposal(Role.DEPUTY_TEACHING, "12", order), new DocumentRef("1", order), new DocumentRef("1", order));
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(BISHKEK).toInstant();
    }

    private static AnnualPlanContent content(String goal) {
        return new AnnualPlanContent(new MethodologicalTheme("Функционалдык сабаттуулук", goal, List.of(), List.of()),
                List.of(), null);
    }

    /** Drafted and approved as version 1 on the first day, revised and approved again as version 2 on the second. */
    private void approvedTwice(String associationId, String firstApproval, String secondApproval) {
        String plan = "plan-" + associationId;
        projection.on(new AnnualPlanDraftedEvent(plan, SCHOOL, associationId, YEAR, 1, content("Максат"), "hash-1"),
                at("2026-09-05"));
        submitted(plan, associationId, 1, "hash-1", "2026-09-10");
        approved(plan, associationId, 1, "hash-1", firstApproval);
        projection.on(new AnnualPlanRevisedEvent(plan, SCHOOL, associationId, 2, content("Өлчөнө турган максат"),
                "hash-2"), at("2026-10-25"));
        submitted(plan, associationId, 2, "hash-2", "2026-11-02");
        approved(plan, associationId, 2, "hash-2", secondApproval);
    }

    private void submitted(String plan, String associationId, int version, String hash, String day) {
        projection.on(new AnnualPlanSubmittedEvent(plan, SCHOOL, associationId, version, hash),
                UUID.randomUUID().toString(), at(day), ++sequence, "u-chair", "TEACHER");
    }

    private void approved(String plan, String associationId, int version, String hash, String day) {
        projection.on(new AnnualPlanApprovedEvent(plan, SCHOOL, associationId, YEAR, version, hash, "u-deputy",
                "DEPUTY_TEACHING"), UUID.randomUUID().toString(), at(day), ++sequence);
    }

    @Test
    void aPlanApprovedInTimeStaysInTimeWhenARevisionIsApprovedAfterTheDeadline() {
        approvedTwice(IN_TIME, "2026-09-20", "2026-11-10");
        approvedTwice(LATE, "2026-10-05", "2026-11-10");

        Map<String, AssociationPlans.Annual> plans = queries.handle(new FindCurrentPlansQuery(SCHOOL, YEAR)).stream()
                .collect(Collectors.toMap(AssociationPlans::associationId, AssociationPlans::annual));

        assertThat(plans.get(IN_TIME)).extracting(AssociationPlans.Annual::status, AssociationPlans.Annual::late,
                        AssociationPlans.Annual::versionInForce, AssociationPlans.Annual::approvedAt)
                .containsExactly("APPROVED", false, 2, at("2026-11-10"));
        assertThat(plans.get(LATE)).extracting(AssociationPlans.Annual::status, AssociationPlans.Annual::late)
                .containsExactly("APPROVED_LATE", true);
    }

    @Test
    void theAuditListsEveryApprovalAndEachIsLateOnlyIfThePlanHadNoApprovalInItsTerm() {
        approvedTwice(IN_TIME, "2026-09-20", "2026-11-10");
        approvedTwice(LATE, "2026-10-05", "2026-11-10");

        List<PlanApprovalEntry> audit = queries.handle(new FindPlanApprovalsQuery(SCHOOL, YEAR, null, null, null, null));

        assertThat(audit).filteredOn(entry -> entry.action().equals("APPROVED"))
                .extracting(PlanApprovalEntry::associationId, PlanApprovalEntry::version, PlanApprovalEntry::late)
                .containsExactlyInAnyOrder(tuple(IN_TIME, 1, false), tuple(IN_TIME, 2, false), tuple(LATE, 1, true),
                        tuple(LATE, 2, true));
        assertThat(queries.handle(new FindPlanApprovalsQuery(SCHOOL, YEAR, IN_TIME, null, at("2026-11-01"), null)))
                .as("an audit of the later period only still judges by the plan's first approval")
                .filteredOn(entry -> entry.action().equals("APPROVED"))
                .extracting(PlanApprovalEntry::version, PlanApprovalEntry::late).containsExactly(tuple(2, false));
    }
}
