package kg.mektep.birikme.command.labour;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requirePresent;
import static kg.mektep.birikme.command.rules.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.labour.FormLabourCommissionCommand;
import kg.mektep.birikme.api.labour.LabourCoefficientSetEvent;
import kg.mektep.birikme.api.labour.LabourCommissionFormedEvent;
import kg.mektep.birikme.api.labour.LabourCommissions;
import kg.mektep.birikme.api.labour.SetLabourCoefficientCommand;
import kg.mektep.birikme.command.association.AssociationRegistry;
import kg.mektep.birikme.command.association.AssociationRegistry.AssociationFacts;
import kg.mektep.birikme.command.meeting.MeetingResolutions;
import kg.mektep.birikme.command.plan.PlanContentRules;
import kg.mektep.birikme.command.rules.Authority;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The association's commission for labour participation coefficients (R15, clause 4.5). Forming it
 * is one of the association's own functions (section 4), and the association acts by resolutions of
 * its meetings (clause 5.6): the chair records the formation citing a quorate meeting, as for the
 * other things the association approves. A commission member sets each member's coefficient for a
 * period; a new assessment of the same member and period replaces the earlier one, which stays in
 * the record.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = CommandSideAxonConfig.AGGREGATE_CACHE)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@Revision("1")
public class LabourCommission {

    /**
     * Clause 4.5 names no size and no procedure for the commission. The word itself asks for a body
     * of several people, so the least the text supports is two members; a larger commission is the
     * association's choice. Its members come from the association, which forms it from its own
     * teachers (the association has at least four, clause 1.1).
     */
    static final int MINIMUM_MEMBERS = 2;
    /** The coefficient is a decimal from {@link #LOWEST} to {@link #HIGHEST} with at most {@link #DECIMALS} decimals. */
    static final BigDecimal LOWEST = new BigDecimal("0.00");
    static final BigDecimal HIGHEST = new BigDecimal("2.00");
    static final int DECIMALS = 2;

    @AggregateIdentifier
    private String commissionId;
    private String schoolId;
    private String associationId;
    private final Set<String> members = new HashSet<>();
    /** The last revision of each member's coefficient for a period, by {@link #periodKey}. */
    private final Map<String, Integer> revisions = new HashMap<>();

    protected LabourCommission() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(FormLabourCommissionCommand command, AssociationRegistry registry,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        AssociationFacts association = ofTheAssociation(command.commissionId(), command.schoolId(),
                command.associationId(), registry);
        Authority.requireChair(actorTeacherId, association.chairId());
        MeetingResolutions.requireResolutionOfQuorateMeeting(command.protocol(), registry, association.associationId());
        List<String> composition = requireComposition(command, association.members());
        apply(new LabourCommissionFormedEvent(command.commissionId(), association.schoolId(),
                association.associationId(), composition, command.headId().strip(), command.protocol(),
                actorTeacherId));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetLabourCoefficientCommand command, AssociationRegistry registry,
                @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        AssociationFacts association = ofTheAssociation(command.commissionId(), command.schoolId(),
                command.associationId(), registry);
        require(commissionId != null, Refusal.COMMISSION_NOT_FORMED, association.associationId());
        requireSetByCommissionMember(actorTeacherId, association);
        requireText(command.memberId(), "memberId");
        require(association.members().contains(command.memberId()), Refusal.NOT_A_MEMBER, command.memberId());
        requirePeriod(command.from(), command.to());
        requirePresent(command.value(), "value");
        requireWithinRange(command.value());
        String key = periodKey(command.memberId(), command.from(), command.to());
        apply(new LabourCoefficientSetEvent(commissionId, schoolId, associationId, command.memberId(), command.from(),
                command.to(), command.value().setScale(DECIMALS), revisions.getOrDefault(key, 0) + 1, actorTeacherId));
    }

    /** The commission of the command's association (existing yet or not), which is active and of the command's school. */
    private AssociationFacts ofTheAssociation(String id, String commandSchoolId, String commandAssociationId,
                                              AssociationRegistry registry) {
        require(id != null && id.equals(LabourCommissions.idOf(commandAssociationId)), Refusal.NOT_FOUND, id);
        return PlanContentRules.activeAssociation(registry, commandAssociationId, commandSchoolId);
    }

    /** At least {@link #MINIMUM_MEMBERS} different members of the association, the head among them. */
    private static List<String> requireComposition(FormLabourCommissionCommand command, Set<String> associationMembers) {
        require(command.memberIds() != null && command.memberIds().stream().allMatch(LabourCommission::hasText),
                Refusal.FIELD_REQUIRED, "memberIds");
        List<String> composition = command.memberIds().stream().map(String::strip).toList();
        require(Set.copyOf(composition).size() == composition.size(), Refusal.DUPLICATE_MEMBER);
        require(composition.size() >= MINIMUM_MEMBERS, Refusal.COMMISSION_TOO_SMALL, composition.size(),
                MINIMUM_MEMBERS);
        for (String member : composition) {
            require(associationMembers.contains(member), Refusal.COMMISSION_MEMBER_NOT_IN_ASSOCIATION, member);
        }
        requireText(command.headId(), "headId");
        require(composition.contains(command.headId().strip()), Refusal.COMMISSION_HEAD_NOT_IN_COMMISSION,
                command.headId().strip());
        return composition;
    }

    /** Only the commission sets coefficients, and only those of its members who still belong to the association. */
    private void requireSetByCommissionMember(String actorTeacherId, AssociationFacts association) {
        require(actorTeacherId != null && members.contains(actorTeacherId)
                && association.members().contains(actorTeacherId), Refusal.NOT_IN_COMMISSION);
    }

    /** A period runs forward and lies within one school year: a month, a term, the year. */
    private static void requirePeriod(LocalDate from, LocalDate to) {
        requirePresent(from, "from");
        requirePresent(to, "to");
        require(!to.isBefore(from), Refusal.PERIOD_OUT_OF_ORDER, from, to);
        require(SchoolYear.containing(from).equals(SchoolYear.containing(to)), Refusal.PERIOD_ACROSS_SCHOOL_YEARS,
                from, to);
    }

    private static void requireWithinRange(BigDecimal value) {
        require(value.compareTo(LOWEST) >= 0 && value.compareTo(HIGHEST) <= 0
                        && value.stripTrailingZeros().scale() <= DECIMALS,
                Refusal.COEFFICIENT_OUT_OF_RANGE, shown(value), LOWEST, HIGHEST);
    }

    /**
     * The value as the refusal names it: in plain digits, unless those would run to more than a few
     * dozen (1e999999999 or 1e-999999999, which JSON allows, are a thousand million digits each).
     */
    static String shown(BigDecimal value) {
        return Math.abs((long) value.scale()) <= 40 ? value.toPlainString() : value.toString();
    }

    private static String periodKey(String memberId, LocalDate from, LocalDate to) {
        return memberId + "|" + from + "|" + to;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    @EventSourcingHandler
    void on(LabourCommissionFormedEvent event) {
        commissionId = event.commissionId();
        schoolId = event.schoolId();
        associationId = event.associationId();
        members.clear();
        members.addAll(event.memberIds());
    }

    @EventSourcingHandler
    void on(LabourCoefficientSetEvent event) {
        revisions.merge(periodKey(event.memberId(), event.from(), event.to()), event.revision(), Math::max);
    }
}
