package kg.mektep.birikme.command.plan;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ROLE;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;
import static kg.mektep.birikme.command.rules.Rules.orEmpty;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.common.CanonicalJson;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.plan.AnnualPlanApprovedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanContent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanReturnedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanRevisedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanSubmittedEvent;
import kg.mektep.birikme.api.plan.ApproveAnnualPlanCommand;
import kg.mektep.birikme.api.plan.ConfirmMonthlyPlanCommand;
import kg.mektep.birikme.api.plan.DraftAnnualPlanCommand;
import kg.mektep.birikme.api.plan.DraftMonthlyPlanCommand;
import kg.mektep.birikme.api.plan.MonthlyPlanConfirmedEvent;
import kg.mektep.birikme.api.plan.MonthlyPlanDraftedEvent;
import kg.mektep.birikme.api.plan.ReturnAnnualPlanCommand;
import kg.mektep.birikme.api.plan.ReviseAnnualPlanCommand;
import kg.mektep.birikme.api.plan.SubmitAnnualPlanCommand;
import kg.mektep.birikme.command.archive.ArchiveRegistry;
import kg.mektep.birikme.command.archive.ReadOnlyArchive;
import kg.mektep.birikme.command.association.AssociationRegistry;
import kg.mektep.birikme.command.rules.Authority;
import kg.mektep.birikme.command.rules.Rules;
import kg.mektep.birikme.command.school.SchoolCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An association's annual work plan for one school year (R6, R7): versions drafted by the chair,
 * submitted to the deputy for teaching work, returned or approved. An approved version stays in
 * force while a newer one awaits approval. Also holds the year's monthly plans (clause 6.8).
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = CommandSideAxonConfig.AGGREGATE_CACHE)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@Revision("1")
public class AnnualPlan {

    @AggregateIdentifier
    private String planId;
    private String schoolId;
    private String associationId;
    private int schoolYear;
    private int currentVersion;
    private String currentHash;
    private Integer lastSubmittedVersion;
    private Integer underReview;
    private final Set<YearMonth> draftedMonths = new HashSet<>();
    /** Months whose plan is confirmed and not drafted again since. */
    private final Set<YearMonth> confirmedMonths = new HashSet<>();

    protected AnnualPlan() {
    }

    @CommandHandler
    public AnnualPlan(DraftAnnualPlanCommand command, AssociationRegistry registry, SchoolCalendar calendar,
                      @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        AssociationRegistry.AssociationFacts association =
                PlanContentRules.activeAssociation(registry, command.associationId(), command.schoolId());
        Authority.requireChair(actorTeacherId, association.chairId());
        require(!registry.annualPlanExists(command.associationId(), command.schoolYear()),
                Refusal.ANNUAL_PLAN_EXISTS, new SchoolYear(command.schoolYear()));
        PlanContentRules.requireValid(command.content(), new SchoolYear(command.schoolYear()));
        PlanContentRules.requireLessonsOfMembers(command.content(), association.members(),
                calendar.today(command.schoolId()));
        apply(new AnnualPlanDraftedEvent(command.planId(), command.schoolId(), command.associationId(),
                command.schoolYear(), 1, command.content(), CanonicalJson.sha256(command.content())));
    }

    @CommandHandler
    void handle(ReviseAnnualPlanCommand command, AssociationRegistry registry, ArchiveRegistry archive,
                SchoolCalendar calendar, @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        AssociationRegistry.AssociationFacts association = requireActive(command.schoolId(), registry);
        Authority.requireChair(actorTeacherId, association.chairId());
        requireNotInArchive(archive);
        require(underReview == null, Refusal.PLAN_UNDER_REVIEW);
        PlanContentRules.requireValid(command.content(), new SchoolYear(schoolYear));
        PlanContentRules.requireLessonsOfMembers(command.content(), association.members(), calendar.today(schoolId));
        AnnualPlanContent content = command.content();
        apply(new AnnualPlanRevisedEvent(planId, schoolId, associationId, currentVersion + 1, content,
                CanonicalJson.sha256(content)));
    }

    @CommandHandler
    void handle(SubmitAnnualPlanCommand command, AssociationRegistry registry, ArchiveRegistry archive,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        Authority.requireChair(actorTeacherId, requireActive(command.schoolId(), registry).chairId());
        requireNotInArchive(archive);
        require(lastSubmittedVersion == null || currentVersion > lastSubmittedVersion, Refusal.NOTHING_TO_SUBMIT);
        apply(new AnnualPlanSubmittedEvent(planId, schoolId, associationId, currentVersion, currentHash));
    }

    @CommandHandler
    void handle(ReturnAnnualPlanCommand command, AssociationRegistry registry, ArchiveRegistry archive,
                @MetaDataValue(ACTOR_ROLE) String actorRole) {
        requireActive(command.schoolId(), registry);
        requireTeachingDeputy(actorRole);
        requireNotInArchive(archive);
        requireSubmitted(command.version());
        requireText(command.comments(), "comments");
        apply(new AnnualPlanReturnedEvent(planId, schoolId, associationId, command.version(), command.comments().strip()));
    }

    @CommandHandler
    void handle(ApproveAnnualPlanCommand command, AssociationRegistry registry, ArchiveRegistry archive,
                @MetaDataValue(ACTOR_ROLE) String actorRole, @MetaDataValue(ACTOR_ID) String actorId) {
        requireActive(command.schoolId(), registry);
        requireTeachingDeputy(actorRole);
        requireNotInArchive(archive);
        requireSubmitted(command.version());
        apply(new AnnualPlanApprovedEvent(planId, schoolId, associationId, schoolYear, command.version(), currentHash,
                actorId, actorRole));
    }

    @CommandHandler
    void handle(DraftMonthlyPlanCommand command, AssociationRegistry registry, ArchiveRegistry archive,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        Authority.requireChair(actorTeacherId, requireActive(command.schoolId(), registry).chairId());
        requireNotInArchive(archive);
        Rules.requirePresent(command.month(), "month");
        SchoolYear year = new SchoolYear(schoolYear);
        require(SchoolYear.containing(command.month().atDay(1)).equals(year), Refusal.MONTH_OUTSIDE_SCHOOL_YEAR,
                command.month(), year);
        require(orEmpty(command.items()).stream().anyMatch(item -> item != null && !item.isBlank()),
                Refusal.FIELD_REQUIRED, "items");
        apply(new MonthlyPlanDraftedEvent(planId, schoolId, associationId, command.month(), orEmpty(command.items())));
    }

    @CommandHandler
    void handle(ConfirmMonthlyPlanCommand command, AssociationRegistry registry, ArchiveRegistry archive,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        Authority.requireChair(actorTeacherId, requireActive(command.schoolId(), registry).chairId());
        requireNotInArchive(archive);
        require(!confirmedMonths.contains(command.month()), Refusal.MONTHLY_PLAN_ALREADY_CONFIRMED, command.month());
        require(draftedMonths.contains(command.month()), Refusal.MONTHLY_PLAN_NOT_DRAFTED, command.month());
        apply(new MonthlyPlanConfirmedEvent(planId, schoolId, associationId, command.month()));
    }

    private void requireOfSchool(String commandSchoolId) {
        require(schoolId.equals(commandSchoolId), Refusal.NOT_FOUND, planId);
    }

    private AssociationRegistry.AssociationFacts requireActive(String commandSchoolId, AssociationRegistry registry) {
        requireOfSchool(commandSchoolId);
        return PlanContentRules.activeAssociation(registry, associationId, schoolId);
    }

    /** Clause 5.9: a plan handed over to the archive, monthly plans and all, is kept as it was handed over. */
    private void requireNotInArchive(ArchiveRegistry archive) {
        ReadOnlyArchive.requireNotInArchive(archive, ArchiveDocuments.annualPlan(planId));
    }

    /** R6 (clause 5.4): the deputy director for teaching and upbringing work (ОТИ) approves. */
    private static void requireTeachingDeputy(String actorRoles) {
        require(Authority.hasRole(actorRoles, Role.DEPUTY_TEACHING), Refusal.APPROVER_NOT_TEACHING_DEPUTY,
                String.valueOf(actorRoles));
    }

    /** Approval and return concern exactly the version under review. */
    private void requireSubmitted(int version) {
        require(underReview != null, Refusal.PLAN_NOT_SUBMITTED);
        require(underReview == version, Refusal.VERSION_NOT_SUBMITTED, version, underReview);
    }

    @EventSourcingHandler
    void on(AnnualPlanDraftedEvent event) {
        planId = event.planId();
        schoolId = event.schoolId();
        associationId = event.associationId();
        schoolYear = event.schoolYear();
        currentVersion = event.version();
        currentHash = event.contentHash();
    }

    @EventSourcingHandler
    void on(AnnualPlanRevisedEvent event) {
        currentVersion = event.version();
        currentHash = event.contentHash();
    }

    @EventSourcingHandler
    void on(AnnualPlanSubmittedEvent event) {
        lastSubmittedVersion = event.version();
        underReview = event.version();
    }

    @EventSourcingHandler
    void on(AnnualPlanReturnedEvent event) {
        underReview = null;
    }

    @EventSourcingHandler
    void on(AnnualPlanApprovedEvent event) {
        underReview = null;
    }

    @EventSourcingHandler
    void on(MonthlyPlanDraftedEvent event) {
        draftedMonths.add(event.month());
        confirmedMonths.remove(event.month());
    }

    @EventSourcingHandler
    void on(MonthlyPlanConfirmedEvent event) {
        draftedMonths.remove(event.month());
        confirmedMonths.add(event.month());
    }
}
