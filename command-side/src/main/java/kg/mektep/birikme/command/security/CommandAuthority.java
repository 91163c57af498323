package kg.mektep.birikme.command.security;

import static java.util.Map.entry;
import static kg.mektep.birikme.api.common.Role.ADMIN;
import static kg.mektep.birikme.api.common.Role.DEPUTY_METHODOLOGY;
import static kg.mektep.birikme.api.common.Role.DEPUTY_TEACHING;
import static kg.mektep.birikme.api.common.Role.DIRECTOR;
import static kg.mektep.birikme.api.common.Role.TEACHER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.activity.HearReportCommand;
import kg.mektep.birikme.api.activity.RecordExtracurricularEventCommand;
import kg.mektep.birikme.api.activity.RecordLessonAnalysisCommand;
import kg.mektep.birikme.api.activity.RecordLessonVisitCommand;
import kg.mektep.birikme.api.activity.RecordOpenLessonCommand;
import kg.mektep.birikme.api.activity.RecordSeminarCommand;
import kg.mektep.birikme.api.activity.RecordSubjectEventCommand;
import kg.mektep.birikme.api.activity.RecordSubjectEventResultsCommand;
import kg.mektep.birikme.api.archive.LiftDocumentHoldCommand;
import kg.mektep.birikme.api.archive.PlaceDocumentHoldCommand;
import kg.mektep.birikme.api.archive.RecordDisposalActCommand;
import kg.mektep.birikme.api.archive.RecordTransferActCommand;
import kg.mektep.birikme.api.association.AddMemberCommand;
import kg.mektep.birikme.api.association.ConfirmChairCommand;
import kg.mektep.birikme.api.association.CreateAssociationCommand;
import kg.mektep.birikme.api.association.DissolveAssociationCommand;
import kg.mektep.birikme.api.association.ElectChairCommand;
import kg.mektep.birikme.api.association.RemoveMemberCommand;
import kg.mektep.birikme.api.association.ReorganiseAssociationCommand;
import kg.mektep.birikme.api.attestation.ApproveAttestationMaterialCommand;
import kg.mektep.birikme.api.attestation.SubmitAttestationMaterialCommand;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.common.RuleViolationException;
import kg.mektep.birikme.api.common.SchoolScoped;
import kg.mektep.birikme.api.control.RecordControlVisitCommand;
import kg.mektep.birikme.api.labour.FormLabourCommissionCommand;
import kg.mektep.birikme.api.labour.SetLabourCoefficientCommand;
import kg.mektep.birikme.api.meeting.CompleteResolutionCommand;
import kg.mektep.birikme.api.meeting.CorrectProtocolCommand;
import kg.mektep.birikme.api.meeting.RecordProtocolCommand;
import kg.mektep.birikme.api.meeting.RecordYearAnalysisCommand;
import kg.mektep.birikme.api.meeting.ScheduleMeetingCommand;
import kg.mektep.birikme.api.mentoring.AssignMentorCommand;
import kg.mektep.birikme.api.mentoring.RecordMentoringSessionCommand;
import kg.mektep.birikme.api.nomination.DecideNominationCommand;
import kg.mektep.birikme.api.nomination.ForwardNominationCommand;
import kg.mektep.birikme.api.nomination.ProposeNominationCommand;
import kg.mektep.birikme.api.plan.ApproveAnnualPlanCommand;
import kg.mektep.birikme.api.plan.ApproveIndividualPlanCommand;
import kg.mektep.birikme.api.plan.ConfirmMonthlyPlanCommand;
import kg.mektep.birikme.api.plan.DraftAnnualPlanCommand;
import kg.mektep.birikme.api.plan.DraftMonthlyPlanCommand;
import kg.mektep.birikme.api.plan.ReturnAnnualPlanCommand;
import kg.mektep.birikme.api.plan.ReviseAnnualPlanCommand;
import kg.mektep.birikme.api.plan.ReviseIndividualPlanCommand;
import kg.mektep.birikme.api.plan.SubmitAnnualPlanCommand;
import kg.mektep.birikme.api.plan.SubmitIndividualPlanCommand;
import kg.mektep.birikme.api.recordfile.RegisterDocumentCommand;
import kg.mektep.birikme.api.school.RegisterSchoolCommand;
import kg.mektep.birikme.api.school.RegisterTeacherCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may send which command (DOMAIN.md, "People and bodies"), checked for every command on the
 * command bus, however it arrived: a known actor, one of the roles the command allows, and the
 * actor's own school. A command without an entry here is refused: a new command needs a rule.
 * What depends on the association itself (only its chair, only its members) the aggregates check.
 */
public class CommandAuthority implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(CommandAuthority.class);
    private static final Set<Role> DEPUTIES = EnumSet.of(DEPUTY_TEACHING, DEPUTY_METHODOLOGY);
    private static final Set<Role> STAFF_OFFICE = EnumSet.of(DIRECTOR, DEPUTY_TEACHING, DEPUTY_METHODOLOGY);
    private static final Set<Role> TEACHERS_AND_DEPUTIES = EnumSet.of(TEACHER, DEPUTY_TEACHING, DEPUTY_METHODOLOGY);

    static final Map<Class<?>, Set<Role>> ALLOWED = Map.ofEntries(
            entry(RegisterSchoolCommand.class, EnumSet.of(ADMIN)),
            entry(RegisterTeacherCommand.class, STAFF_OFFICE),
            // Clauses 1.4, 1.6, 6.1, 6.2: the director's orders.
            entry(CreateAssociationCommand.class, EnumSet.of(DIRECTOR)),
            entry(ReorganiseAssociationCommand.class, EnumSet.of(DIRECTOR)),
            entry(DissolveAssociationCommand.class, EnumSet.of(DIRECTOR)),
            entry(ConfirmChairCommand.class, EnumSet.of(DIRECTOR)),
            entry(AddMemberCommand.class, STAFF_OFFICE),
            entry(RemoveMemberCommand.class, STAFF_OFFICE),
            // Clause 5.1: the members elect; the aggregate checks that the teacher is a member.
            entry(ElectChairCommand.class, EnumSet.of(TEACHER)),
            // Clauses 5.4, 5.6, 6.8: the chair plans; the deputies review (the aggregate lets only ОТИ approve).
            entry(DraftAnnualPlanCommand.class, EnumSet.of(TEACHER)),
            entry(ReviseAnnualPlanCommand.class, EnumSet.of(TEACHER)),
            entry(SubmitAnnualPlanCommand.class, EnumSet.of(TEACHER)),
            entry(DraftMonthlyPlanCommand.class, EnumSet.of(TEACHER)),
            entry(ConfirmMonthlyPlanCommand.class, EnumSet.of(TEACHER)),
            entry(ReturnAnnualPlanCommand.class, DEPUTIES),
            entry(ApproveAnnualPlanCommand.class, DEPUTIES),
            // Clauses 3.4, 5.3: members' own plans, approved through the chair who keeps the protocols.
            entry(SubmitIndividualPlanCommand.class, EnumSet.of(TEACHER)),
            entry(ReviseIndividualPlanCommand.class, EnumSet.of(TEACHER)),
            entry(ApproveIndividualPlanCommand.class, EnumSet.of(TEACHER)),
            // Clauses 4.2, 5.6: the chair runs the meetings and keeps the protocols (the aggregate checks who chairs).
            entry(ScheduleMeetingCommand.class, EnumSet.of(TEACHER)),
            entry(RecordProtocolCommand.class, EnumSet.of(TEACHER)),
            entry(CorrectProtocolCommand.class, EnumSet.of(TEACHER)),
            entry(CompleteResolutionCommand.class, EnumSet.of(TEACHER)),
            // Clause 5.8: the deputy for teaching work analyses the year (the aggregate lets only ОТИ do it).
            entry(RecordYearAnalysisCommand.class, DEPUTIES),
            // Clause 3.5: members submit attestation material; the chair records the meeting's approval.
            entry(SubmitAttestationMaterialCommand.class, EnumSet.of(TEACHER)),
            entry(ApproveAttestationMaterialCommand.class, EnumSet.of(TEACHER)),
            // Clauses 3.17, 8.6: the chair assigns mentors; the mentor records the sessions.
            entry(AssignMentorCommand.class, EnumSet.of(TEACHER)),
            entry(RecordMentoringSessionCommand.class, EnumSet.of(TEACHER)),
            // Clause 9: the deputies control the associations.
            entry(RecordControlVisitCommand.class, DEPUTIES),
            // Clause 4.5: the chair records the commission a meeting formed; its members set the coefficients.
            entry(FormLabourCommissionCommand.class, EnumSet.of(TEACHER)),
            entry(SetLabourCoefficientCommand.class, EnumSet.of(TEACHER)),
            // Clauses 7.1-7.8, 1.7: the chair records the proposals; the chair or a deputy forwards them;
            // the administration decides.
            entry(ProposeNominationCommand.class, EnumSet.of(TEACHER)),
            entry(ForwardNominationCommand.class, EnumSet.of(TEACHER, DEPUTY_TEACHING, DEPUTY_METHODOLOGY)),
            entry(DecideNominationCommand.class, STAFF_OFFICE),
            // Clauses 3.7, 3.9, 3.14, 3.15, 3.18, 5.5, 5.7: the chair records the association's activities, members
            // their own open lessons and visits, the deputies any of them (the aggregate checks who is who).
            entry(RecordSeminarCommand.class, TEACHERS_AND_DEPUTIES),
            entry(RecordOpenLessonCommand.class, TEACHERS_AND_DEPUTIES),
            entry(RecordLessonAnalysisCommand.class, TEACHERS_AND_DEPUTIES),
            entry(RecordLessonVisitCommand.class, TEACHERS_AND_DEPUTIES),
            entry(RecordSubjectEventCommand.class, TEACHERS_AND_DEPUTIES),
            entry(RecordSubjectEventResultsCommand.class, TEACHERS_AND_DEPUTIES),
            entry(HearReportCommand.class, TEACHERS_AND_DEPUTIES),
            entry(RecordExtracurricularEventCommand.class, TEACHERS_AND_DEPUTIES),
            // Clause 5.9: the director, who heads the school and its records, signs the acts of transfer to the
            // archive and of disposal; the regulation names no archivist. The director or a deputy who controls the
            // associations (1.7, 9) may stop a disposal by a hold, and lift it.
            entry(RecordTransferActCommand.class, EnumSet.of(DIRECTOR)),
            entry(RecordDisposalActCommand.class, EnumSet.of(DIRECTOR)),
            entry(PlaceDocumentHoldCommand.class, STAFF_OFFICE),
            entry(LiftDocumentHoldCommand.class, STAFF_OFFICE),
            // Clauses 5.6, 6: the chair keeps the record file (the aggregate checks who chairs); the director and
            // the deputies, who issue and control its documents, may file them too.
            entry(RegisterDocumentCommand.class, EnumSet.of(TEACHER, DIRECTOR, DEPUTY_TEACHING, DEPUTY_METHODOLOGY)));

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        MetaData metaData = command.getMetaData();
        Object actorId = metaData.get(MetadataKeys.ACTOR_ID);
        if (actorId == null) {
            throw refused(command, Refusal.NOT_AUTHENTICATED);
        }
        Set<Role> roles = roles(metaData.get(MetadataKeys.ACTOR_ROLE));
        Set<Role> allowed = ALLOWED.getOrDefault(command.getPayloadType(), Set.of());
        if (roles.stream().noneMatch(allowed::contains)) {
            throw refused(command, Refusal.ROLE_NOT_ALLOWED, String.valueOf(metaData.get(MetadataKeys.ACTOR_ROLE)),
                    allowed.stream().map(Role::name).sorted().collect(Collectors.joining(", ")));
        }
        if (command.getPayload() instanceof SchoolScoped scoped && !(command.getPayload() instanceof RegisterSchoolCommand)
                && !scoped.schoolId().equals(metaData.get(MetadataKeys.ACTOR_SCHOOL_ID))) {
            // Another school's things answer as unknown, so that ids cannot be probed.
            throw refused(command, Refusal.NOT_FOUND, scoped.schoolId());
        }
        return chain.proceed();
    }

    private static RuleViolationException refused(CommandMessage<?> command, Refusal refusal, Object... arguments) {
        MetaData metaData = command.getMetaData();
        log.warn("Refused {} ({}) to user {} with roles {} of school {} for school {}", command.getCommandName(), refusal,
                metaData.get(MetadataKeys.ACTOR_ID), metaData.get(MetadataKeys.ACTOR_ROLE),
                metaData.get(MetadataKeys.ACTOR_SCHOOL_ID), metaData.get(MetadataKeys.SCHOOL_ID));
        return new RuleViolationException(refusal, arguments);
    }

    private static Set<Role> roles(Object text) {
        if (text == null || text.toString().isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.toString().split(",")).map(String::strip).filter(name -> Arrays.stream(Role.values())
                .anyMatch(role -> role.name().equals(name))).map(Role::valueOf).collect(Collectors.toSet());
    }
}
