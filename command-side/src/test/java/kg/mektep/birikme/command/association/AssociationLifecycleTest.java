package kg.mektep.birikme.command.association;

import static kg.mektep.birikme.command.association.Associations.AIGUL;
import static kg.mektep.birikme.command.association.Associations.AIZHAN;
import static kg.mektep.birikme.command.association.Associations.AREAS;
import static kg.mektep.birikme.command.association.Associations.ASSOCIATION;
import static kg.mektep.birikme.command.association.Associations.BAKYT;
import static kg.mektep.birikme.command.association.Associations.CHAIR_ORDER;
import static kg.mektep.birikme.command.association.Associations.CHYNGYZ;
import static kg.mektep.birikme.command.association.Associations.CLASS_TEACHERS_NAME;
import static kg.mektep.birikme.command.association.Associations.ELECTION_DAY;
import static kg.mektep.birikme.command.association.Associations.GULNARA;
import static kg.mektep.birikme.command.association.Associations.JANYL;
import static kg.mektep.birikme.command.association.Associations.LATER_ORDER;
import static kg.mektep.birikme.command.association.Associations.LATER_PROPOSAL;
import static kg.mektep.birikme.command.association.Associations.MEERIM;
import static kg.mektep.birikme.command.association.Associations.NAME;
import static kg.mektep.birikme.command.association.Associations.NURBEK;
import static kg.mektep.birikme.command.association.Associations.OTHER_SCHOOL;
import static kg.mektep.birikme.command.association.Associations.SCHOOL;
import static kg.mektep.birikme.command.association.Associations.recordedByMember;
import static kg.mektep.birikme.command.association.Associations.SUBJECTS;
import static kg.mektep.birikme.command.association.Associations.UNKNOWN_TEACHER;
import static kg.mektep.birikme.command.association.Associations.addMember;
import static kg.mektep.birikme.command.association.Associations.chairElected;
import static kg.mektep.birikme.command.association.Associations.created;
import static kg.mektep.birikme.command.association.Associations.dissolution;
import static kg.mektep.birikme.command.association.Associations.dissolved;
import static kg.mektep.birikme.command.association.Associations.electChair;
import static kg.mektep.birikme.command.association.Associations.memberAdded;
import static kg.mektep.birikme.command.association.Associations.reorganisation;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import kg.mektep.birikme.api.association.AddMemberCommand;
import kg.mektep.birikme.api.association.AssociationDissolvedEvent;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.association.AssociationReorganisedEvent;
import kg.mektep.birikme.api.association.ChairVacatedEvent;
import kg.mektep.birikme.api.association.ConfirmChairCommand;
import kg.mektep.birikme.api.association.DissolveAssociationCommand;
import kg.mektep.birikme.api.association.ElectChairCommand;
import kg.mektep.birikme.api.association.RemoveMemberCommand;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import kg.mektep.birikme.command.rules.Rules;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reorganisation and dissolution by order (R3, with R1 and R2 checked again), and what a dissolved
 * association or one of another school accepts.
 */
class AssociationLifecycleTest {

    private FixtureConfiguration<Association> fixture;

    @BeforeEach
    void setUp() {
        fixture = Associations.fixture();
    }

    // ---- reorganisation

    @Test
    void reorganisationRecordsWhoJoinedAndWhoLeft() {
        fixture.given(created())
                .when(reorganisation().name(" Так илимдер бирикмеси ")
                        .members(AIGUL, NURBEK, CHYNGYZ, BAKYT, MEERIM).command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AssociationReorganisedEvent(ASSOCIATION, SCHOOL, "Так илимдер бирикмеси",
                        AssociationKind.SUBJECT_AREA, AREAS, SUBJECTS, List.of(BAKYT, MEERIM), List.of(GULNARA),
                        LATER_ORDER, LATER_PROPOSAL));
    }

    @Test
    void reorganisationComparesWithTheCurrentMembers() {
        fixture.given(created(), memberAdded(BAKYT))
                .when(reorganisation().members(NURBEK, CHYNGYZ, GULNARA, BAKYT).command())
                .expectEvents(reorganised(List.of(), List.of(AIGUL)));
    }

    @Test
    void reorganisationVacatesTheChairIfTheChairLeft() {
        fixture.given(created(), chairElected(GULNARA))
                .when(reorganisation().members(AIGUL, NURBEK, CHYNGYZ, BAKYT).command())
                .expectEvents(reorganised(List.of(BAKYT), List.of(GULNARA)),
                        new ChairVacatedEvent(ASSOCIATION, SCHOOL, GULNARA));
    }

    @Test
    void reorganisationKeepsTheChairWhoStays() {
        fixture.given(created(), chairElected(AIGUL))
                .when(reorganisation().members(AIGUL, NURBEK, CHYNGYZ, BAKYT).command())
                .expectEvents(reorganised(List.of(BAKYT), List.of(GULNARA)));
    }

    @Test
    void teacherWhoLeftInAReorganisationIsNoLongerAMember() {
        fixture.given(created(), reorganised(List.of(BAKYT), List.of(GULNARA)))
                .when(electChair(GULNARA), recordedByMember())
                .expectException(refusedWith(Refusal.CHAIR_NOT_A_MEMBER, GULNARA))
                .expectNoEvents();
    }

    @Test
    void teacherWhoJoinedInAReorganisationIsAMember() {
        fixture.given(created(), reorganised(List.of(BAKYT), List.of(GULNARA)))
                .when(addMember(BAKYT))
                .expectException(refusedWith(Refusal.ALREADY_MEMBER, BAKYT))
                .expectNoEvents();
    }

    @Test
    void reorganisationCanTurnTheAssociationIntoOneOfClassTeachers() {
        fixture.given(created())
                .when(reorganisation().name(CLASS_TEACHERS_NAME).kind(AssociationKind.CLASS_TEACHERS)
                        .areas(null).subjects(null).members(AIGUL, NURBEK, CHYNGYZ, JANYL).command())
                .expectEvents(new AssociationReorganisedEvent(ASSOCIATION, SCHOOL, CLASS_TEACHERS_NAME,
                        AssociationKind.CLASS_TEACHERS, List.of(), List.of(), List.of(JANYL), List.of(GULNARA),
                        LATER_ORDER, LATER_PROPOSAL));
    }

    @Test
    void afterReorganisationTheNewSubjectsDecideWhoMayJoin() {
        AssociationReorganisedEvent intoPhysicsOnly = new AssociationReorganisedEvent(ASSOCIATION, SCHOOL,
                "Физика мугалимдеринин усулдук бирикмеси", AssociationKind.SUBJECT_AREA, AREAS, List.of("Физика"),
                List.of(MEERIM), List.of(), LATER_ORDER, LATER_PROPOSAL);
        fixture.given(created(), intoPhysicsOnly)
                .when(addMember(BAKYT))
                .expectException(refusedWith(Refusal.MEMBER_SUBJECT_NOT_COVERED, BAKYT, "Математика"))
                .expectNoEvents();
    }

    @Test
    void reorganisationRechecksTheMinimumOfFourMembers() {
        fixture.given(created())
                .when(reorganisation().members(AIGUL, NURBEK, CHYNGYZ).command())
                .expectException(refusedWith(Refusal.TOO_FEW_MEMBERS, 3, 4))
                .expectNoEvents();
    }

    @Test
    void reorganisationRechecksTheSubjectsOfMembers() {
        fixture.given(created())
                .when(reorganisation().members(AIGUL, NURBEK, CHYNGYZ, GULNARA, JANYL).command())
                .expectException(refusedWith(Refusal.MEMBER_SUBJECT_NOT_COVERED, JANYL, "Кыргыз тили, Кыргыз адабияты"))
                .expectNoEvents();
    }

    @Test
    void reorganisationRechecksMembersAgainstTheNewSubjects() {
        fixture.given(created())
                .when(reorganisation().subjects(List.of("Физика")).command())
                .expectException(refusedWith(Refusal.MEMBER_SUBJECT_NOT_COVERED, AIGUL, "Математика"))
                .expectNoEvents();
    }

    @Test
    void reorganisationRefusesTeachersNotOnTheStaffOfTheSchool() {
        fixture.given(created())
                .when(reorganisation().members(AIGUL, NURBEK, CHYNGYZ, GULNARA, AIZHAN).command())
                .expectException(refusedWith(Refusal.MEMBER_NOT_ON_STAFF, AIZHAN))
                .expectNoEvents();
    }

    @Test
    void reorganisationRefusesUnknownTeachers() {
        fixture.given(created())
                .when(reorganisation().members(AIGUL, NURBEK, CHYNGYZ, UNKNOWN_TEACHER).command())
                .expectException(refusedWith(Refusal.MEMBER_NOT_ON_STAFF, UNKNOWN_TEACHER))
                .expectNoEvents();
    }

    @Test
    void reorganisationRefusesDuplicateMemberIds() {
        fixture.given(created())
                .when(reorganisation().members(AIGUL, NURBEK, CHYNGYZ, GULNARA, NURBEK).command())
                .expectException(refusedWith(Refusal.DUPLICATE_MEMBER))
                .expectNoEvents();
    }

    @Test
    void reorganisedSubjectAreaAssociationMustNameItsSubjects() {
        fixture.given(created())
                .when(reorganisation().subjects(List.of()).command())
                .expectException(refusedWith(Refusal.SUBJECTS_REQUIRED, AssociationKind.SUBJECT_AREA))
                .expectNoEvents();
    }

    @Test
    void reorganisationNeedsAName() {
        fixture.given(created())
                .when(reorganisation().name(" ").command())
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "name"))
                .expectNoEvents();
    }

    @Test
    void reorganisationNeedsAKind() {
        fixture.given(created())
                .when(reorganisation().kind(null).command())
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "kind"))
                .expectNoEvents();
    }

    /** R3 cases shared by reorganisation and dissolution: the order, the proposal, its author and date. */
    static Stream<Arguments> ordersWithoutAProperProposal() {
        LocalDate day = LATER_ORDER.date();
        return Stream.of(
                Arguments.of("no order", null, LATER_PROPOSAL, Refusal.ORDER_REQUIRED),
                Arguments.of("order without number", new DocumentRef("", day), LATER_PROPOSAL, Refusal.ORDER_REQUIRED),
                Arguments.of("order without date", new DocumentRef("7-ө", null), LATER_PROPOSAL,
                        Refusal.ORDER_REQUIRED),
                Arguments.of("no proposal", LATER_ORDER, null, Refusal.PROPOSAL_REQUIRED),
                Arguments.of("undated proposal", LATER_ORDER, new Proposal(Role.DEPUTY_TEACHING, "3", null),
                        Refusal.PROPOSAL_REQUIRED),
                Arguments.of("proposal by the director", LATER_ORDER, new Proposal(Role.DIRECTOR, "3", day),
                        Refusal.PROPOSAL_NOT_BY_DEPUTY),
                Arguments.of("proposal by a teacher", LATER_ORDER, new Proposal(Role.TEACHER, "3", day),
                        Refusal.PROPOSAL_NOT_BY_DEPUTY),
                Arguments.of("proposal after the order", LATER_ORDER,
                        new Proposal(Role.DEPUTY_TEACHING, "3", day.plusDays(1)), Refusal.PROPOSAL_AFTER_ORDER),
                Arguments.of("order dated after today", new DocumentRef("7-ө", Associations.TODAY.plusDays(1)),
                        LATER_PROPOSAL, Refusal.ORDER_DATE_IN_FUTURE));
    }

    /** The order's and the proposal's numbers one character beyond their bound, in a reorganisation and a dissolution. */
    static Stream<Arguments> numbersBeyondTheirBound() {
        String beyond = "7".repeat(Rules.MAXIMUM_NUMBER + 1);
        return Stream.of(
                Arguments.of("order.number", new DocumentRef(beyond, LATER_ORDER.date()), LATER_PROPOSAL),
                Arguments.of("proposal.number", LATER_ORDER, new Proposal(LATER_PROPOSAL.by(), beyond,
                        LATER_PROPOSAL.date())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbersBeyondTheirBound")
    void aNumberBeyondItsBoundIsRefusedNamingIt(String field, DocumentRef order, Proposal proposal) {
        fixture.given(created())
                .when(reorganisation().order(order).proposal(proposal).command())
                .expectException(refusedWith(Refusal.FIELD_TOO_LONG, field, Rules.MAXIMUM_NUMBER))
                .expectNoEvents();
        fixture.given(created())
                .when(new DissolveAssociationCommand(ASSOCIATION, SCHOOL, order, proposal))
                .expectException(refusedWith(Refusal.FIELD_TOO_LONG, field, Rules.MAXIMUM_NUMBER))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordersWithoutAProperProposal")
    void reorganisationNeedsADirectorsOrderOnADeputysProposal(String label, DocumentRef order, Proposal proposal,
                                                             Refusal refusal) {
        fixture.given(created())
                .when(reorganisation().order(order).proposal(proposal).command())
                .expectException(refusedWith(refusal))
                .expectNoEvents();
    }

    // ---- dissolution

    @Test
    void canDissolveAssociationByOrderOnADeputysProposal() {
        fixture.given(created(), chairElected(AIGUL))
                .when(dissolution())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AssociationDissolvedEvent(ASSOCIATION, SCHOOL, LATER_ORDER, LATER_PROPOSAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordersWithoutAProperProposal")
    void dissolutionNeedsADirectorsOrderOnADeputysProposal(String label, DocumentRef order, Proposal proposal,
                                                           Refusal refusal) {
        fixture.given(created())
                .when(new DissolveAssociationCommand(ASSOCIATION, SCHOOL, order, proposal))
                .expectException(refusedWith(refusal))
                .expectNoEvents();
    }

    // ---- commands of every kind, against a dissolved association or from another school

    /** One command of each kind the association handles, addressed as if by the given school. */
    static Stream<Arguments> everyCommandFrom(String schoolId) {
        return Stream.of(
                Arguments.of("add member", new AddMemberCommand(ASSOCIATION, schoolId, BAKYT)),
                Arguments.of("remove member", new RemoveMemberCommand(ASSOCIATION, schoolId, AIGUL, null)),
                Arguments.of("elect chair", new ElectChairCommand(ASSOCIATION, schoolId, AIGUL, ELECTION_DAY)),
                Arguments.of("confirm chair", new ConfirmChairCommand(ASSOCIATION, schoolId, AIGUL, CHAIR_ORDER)),
                Arguments.of("reorganise", reorganisation().school(schoolId).command()),
                Arguments.of("dissolve", new DissolveAssociationCommand(ASSOCIATION, schoolId, LATER_ORDER,
                        LATER_PROPOSAL)));
    }

    static Stream<Arguments> everyCommandOfTheSchool() {
        return everyCommandFrom(SCHOOL);
    }

    static Stream<Arguments> everyCommandOfAnotherSchool() {
        return everyCommandFrom(OTHER_SCHOOL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandOfTheSchool")
    void cannotAcceptAnyCommandAfterDissolution(String label, Object command) {
        fixture.given(created(), memberAdded(BAKYT), chairElected(AIGUL), dissolved())
                .when(command)
                .expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, ASSOCIATION))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandOfAnotherSchool")
    void associationOfAnotherSchoolLooksUnknown(String label, Object command) {
        fixture.given(created(), memberAdded(BAKYT), chairElected(AIGUL))
                .when(command)
                .expectException(refusedWith(Refusal.NOT_FOUND, ASSOCIATION))
                .expectNoEvents();
    }

    @Test
    void dissolvedAssociationOfAnotherSchoolAlsoLooksUnknown() {
        fixture.given(created(), dissolved())
                .when(new AddMemberCommand(ASSOCIATION, OTHER_SCHOOL, AIZHAN))
                .expectException(refusedWith(Refusal.NOT_FOUND, ASSOCIATION))
                .expectNoEvents();
    }

    private static AssociationReorganisedEvent reorganised(List<String> joined, List<String> left) {
        return new AssociationReorganisedEvent(ASSOCIATION, SCHOOL, NAME, AssociationKind.SUBJECT_AREA, AREAS,
                SUBJECTS, joined, left, LATER_ORDER, LATER_PROPOSAL);
    }
}
