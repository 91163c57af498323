package kg.mektep.birikme.command.association;

import static kg.mektep.birikme.command.association.Associations.AIGUL;
import static kg.mektep.birikme.command.association.Associations.AIZHAN;
import static kg.mektep.birikme.command.association.Associations.AREAS;
import static kg.mektep.birikme.command.association.Associations.ASEL;
import static kg.mektep.birikme.command.association.Associations.ASSOCIATION;
import static kg.mektep.birikme.command.association.Associations.CHYNGYZ;
import static kg.mektep.birikme.command.association.Associations.CLASS_TEACHERS_NAME;
import static kg.mektep.birikme.command.association.Associations.GULNARA;
import static kg.mektep.birikme.command.association.Associations.JANYL;
import static kg.mektep.birikme.command.association.Associations.MEERIM;
import static kg.mektep.birikme.command.association.Associations.METHODOLOGICAL_COUNCIL;
import static kg.mektep.birikme.command.association.Associations.NAME;
import static kg.mektep.birikme.command.association.Associations.NURBEK;
import static kg.mektep.birikme.command.association.Associations.ORDER;
import static kg.mektep.birikme.command.association.Associations.PEDAGOGICAL_COUNCIL;
import static kg.mektep.birikme.command.association.Associations.PROPOSAL;
import static kg.mektep.birikme.command.association.Associations.SCHOOL;
import static kg.mektep.birikme.command.association.Associations.SUBJECTS;
import static kg.mektep.birikme.command.association.Associations.UNKNOWN_SCHOOL;
import static kg.mektep.birikme.command.association.Associations.UNKNOWN_TEACHER;
import static kg.mektep.birikme.command.association.Associations.creation;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.command.rules.Rules;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Creating an association: R1 (members), R2 (kind and subjects), R3 (order on proposal), R4 (councils). */
class AssociationTest {

    private FixtureConfiguration<Association> fixture;

    @BeforeEach
    void setUp() {
        fixture = Associations.fixture();
    }

    private ResultValidator<Association> create(Associations.Creation creation) {
        return fixture.givenNoPriorActivity().when(creation.command());
    }

    private void assertRefused(Associations.Creation creation, Refusal refusal, Object... arguments) {
        create(creation).expectException(refusedWith(refusal, arguments)).expectNoEvents();
    }

    @Test
    void canCreateAssociationWithFourTeachersOfTheSchool() {
        create(creation().name("  " + NAME + " "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AssociationCreatedEvent(ASSOCIATION, SCHOOL, NAME, AssociationKind.SUBJECT_AREA,
                        AREAS, SUBJECTS, List.of(AIGUL, NURBEK, CHYNGYZ, GULNARA), ORDER, PROPOSAL,
                        PEDAGOGICAL_COUNCIL, METHODOLOGICAL_COUNCIL));
    }

    @Test
    void canCreateAssociationOnAProposalOfTheMethodologyDeputy() {
        Proposal byMethodologyDeputy = new Proposal(Role.DEPUTY_METHODOLOGY, "9", ORDER.date());
        create(creation().proposal(byMethodologyDeputy))
                .expectEvents(creation().proposal(byMethodologyDeputy).event());
    }

    @Test
    void councilsAndProposalMayBeDatedOnTheDayOfTheOrder() {
        LocalDate day = ORDER.date();
        Associations.Creation sameDay = creation()
                .pedagogicalCouncil(new DocumentRef("2", day))
                .methodologicalCouncil(new DocumentRef("2", day))
                .proposal(new Proposal(Role.DEPUTY_TEACHING, "15", day));
        create(sameDay).expectEvents(sameDay.event());
    }

    @Test
    void classTeacherAssociationAcceptsTeachersOfAnySubject() {
        create(creation().ofClassTeachers().members(AIGUL, NURBEK, JANYL, GULNARA))
                .expectEvents(new AssociationCreatedEvent(ASSOCIATION, SCHOOL, CLASS_TEACHERS_NAME,
                        AssociationKind.CLASS_TEACHERS, List.of(), List.of(), List.of(AIGUL, NURBEK, JANYL, GULNARA),
                        ORDER, PROPOSAL, PEDAGOGICAL_COUNCIL, METHODOLOGICAL_COUNCIL));
    }

    @Test
    void educatorsAssociationNeedsNoSubjects() {
        Associations.Creation educators = creation().kind(AssociationKind.EDUCATORS)
                .name("Тарбиячылардын усулдук бирикмеси").areas(null).subjects(null)
                .members(AIGUL, NURBEK, JANYL, GULNARA);
        create(educators).expectEvents(educators.areas(List.of()).subjects(List.of()).event());
    }

    @Test
    void subjectsAreComparedIgnoringCaseAndSurroundingSpaces() {
        // Мээрим teaches " физика ", the association covers "Физика"
        Associations.Creation withMeerim = creation().members(AIGUL, NURBEK, MEERIM, GULNARA);
        create(withMeerim).expectEvents(withMeerim.event());
    }

    // ---- identity and input

    @Test
    void cannotCreateAssociationAtAnUnknownSchool() {
        assertRefused(creation().school(UNKNOWN_SCHOOL), Refusal.SCHOOL_NOT_FOUND, UNKNOWN_SCHOOL);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void cannotCreateAssociationWithoutName(String name) {
        assertRefused(creation().name(name), Refusal.FIELD_REQUIRED, "name");
    }

    @Test
    void cannotCreateAssociationWithoutKind() {
        assertRefused(creation().kind(null), Refusal.FIELD_REQUIRED, "kind");
    }

    // ---- R1: at least four teachers of the school, from the subjects covered

    @Test
    void cannotCreateAssociationWithThreeTeachers() {
        assertRefused(creation().members(AIGUL, NURBEK, CHYNGYZ), Refusal.TOO_FEW_MEMBERS, 3, 4);
    }

    @Test
    void cannotCreateAssociationWithoutMembers() {
        assertRefused(creation().members((List<String>) null), Refusal.TOO_FEW_MEMBERS, 0, 4);
    }

    @Test
    void duplicateMemberIdsAreRefused() {
        assertRefused(creation().members(AIGUL, NURBEK, CHYNGYZ, GULNARA, AIGUL), Refusal.DUPLICATE_MEMBER);
    }

    @Test
    void duplicateMemberIdsDoNotCountTowardsFour() {
        assertRefused(creation().members(AIGUL, NURBEK, CHYNGYZ, CHYNGYZ), Refusal.DUPLICATE_MEMBER);
    }

    @Test
    void unknownTeacherIsRefused() {
        assertRefused(creation().members(AIGUL, NURBEK, CHYNGYZ, UNKNOWN_TEACHER),
                Refusal.MEMBER_NOT_ON_STAFF, UNKNOWN_TEACHER);
    }

    @Test
    void teacherOfAnotherSchoolIsRefusedAsNotOnStaff() {
        assertRefused(creation().members(AIGUL, NURBEK, CHYNGYZ, AIZHAN), Refusal.MEMBER_NOT_ON_STAFF, AIZHAN);
    }

    @Test
    void subjectAreaAssociationRefusesTeacherOfASubjectItDoesNotCover() {
        assertRefused(creation().members(AIGUL, NURBEK, CHYNGYZ, JANYL),
                Refusal.MEMBER_SUBJECT_NOT_COVERED, JANYL, "Кыргыз тили, Кыргыз адабияты");
    }

    @Test
    void aBlankSubjectEntryCoversNoTeacher() {
        // Both lists hold a blank entry; Асел's only subject, music, is still not covered
        assertRefused(creation().subjects(List.of("Математика", "Физика", " ")).members(AIGUL, NURBEK, CHYNGYZ, ASEL),
                Refusal.MEMBER_SUBJECT_NOT_COVERED, ASEL, "Музыка, ");
    }

    @Test
    void subjectAreaAssociationChecksEachMemberAgainstItsOwnSubjects() {
        // Нурбек and Чыңгыз teach physics, which a mathematics-only association does not cover
        assertRefused(creation().subjects(List.of("Математика")), Refusal.MEMBER_SUBJECT_NOT_COVERED, NURBEK, "Физика");
    }

    // ---- R2: a subject-area association names its areas and subjects

    static Stream<Arguments> missingAreasOrSubjects() {
        return Stream.of(
                Arguments.of("no areas", null, SUBJECTS),
                Arguments.of("empty areas", List.of(), SUBJECTS),
                Arguments.of("blank area", List.of(" "), SUBJECTS),
                Arguments.of("no subjects", AREAS, null),
                Arguments.of("empty subjects", AREAS, List.of()),
                Arguments.of("blank subject", AREAS, List.of("", "  ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingAreasOrSubjects")
    void subjectAreaAssociationMustNameItsAreasAndSubjects(String label, List<String> areas, List<String> subjects) {
        assertRefused(creation().areas(areas).subjects(subjects), Refusal.SUBJECTS_REQUIRED,
                AssociationKind.SUBJECT_AREA);
    }

    @Test
    void nullSubjectEntryCountsAsBlank() {
        assertRefused(creation().subjects(Arrays.asList((String) null)), Refusal.SUBJECTS_REQUIRED,
                AssociationKind.SUBJECT_AREA);
    }

    // ---- R3: a director's order on a deputy's proposal

    static Stream<Arguments> incompleteOrders() {
        return Stream.of(
                Arguments.of("no order", null),
                Arguments.of("no number", new DocumentRef(null, ORDER.date())),
                Arguments.of("blank number", new DocumentRef("  ", ORDER.date())),
                Arguments.of("no date", new DocumentRef("112-ө", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incompleteOrders")
    void cannotCreateAssociationWithoutDirectorsOrder(String label, DocumentRef order) {
        assertRefused(creation().order(order), Refusal.ORDER_REQUIRED);
    }

    @Test
    void cannotCreateAssociationWithoutProposal() {
        assertRefused(creation().proposal(null), Refusal.PROPOSAL_REQUIRED);
    }

    @Test
    void cannotCreateAssociationOnAnUndatedProposal() {
        assertRefused(creation().proposal(new Proposal(Role.DEPUTY_TEACHING, "14", null)), Refusal.PROPOSAL_REQUIRED);
    }

    /** R3: the proposal is part of the record, so it is cited like the order, by number and date. */
    @Test
    void cannotCreateAssociationOnAnUnnumberedProposal() {
        assertRefused(creation().proposal(new Proposal(Role.DEPUTY_TEACHING, " ", PROPOSAL.date())),
                Refusal.PROPOSAL_REQUIRED);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"DEPUTY_TEACHING", "DEPUTY_METHODOLOGY"}, mode = EnumSource.Mode.EXCLUDE)
    void proposalMustComeFromADeputy(Role by) {
        assertRefused(creation().proposal(new Proposal(by, "14", PROPOSAL.date())), Refusal.PROPOSAL_NOT_BY_DEPUTY, by);
    }

    @Test
    void proposalWithoutAuthorIsNotADeputysProposal() {
        assertRefused(creation().proposal(new Proposal(null, "14", PROPOSAL.date())),
                Refusal.PROPOSAL_NOT_BY_DEPUTY, (Object) null);
    }

    /** Clause 1.6: an order is recorded once issued, as the school's calendar has it: today, not a day later. */
    @Test
    void theOrderIsNotDatedAfterToday() {
        LocalDate tomorrow = Associations.TODAY.plusDays(1);
        assertRefused(creation().order(new DocumentRef("200-ө", tomorrow)), Refusal.ORDER_DATE_IN_FUTURE, tomorrow,
                Associations.TODAY);
        create(creation().order(new DocumentRef("200-ө", Associations.TODAY))).expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotCreateAssociationByOrderDatedBeforeTheProposal() {
        LocalDate dayAfterOrder = ORDER.date().plusDays(1);
        assertRefused(creation().proposal(new Proposal(Role.DEPUTY_TEACHING, "14", dayAfterOrder)),
                Refusal.PROPOSAL_AFTER_ORDER, dayAfterOrder, ORDER.date());
    }

    // ---- R4: the pedagogical council decided and the methodological council approved, before the order

    @ParameterizedTest(name = "{0}")
    @MethodSource("incompleteOrders")
    void cannotCreateAssociationWithoutPedagogicalCouncilDecision(String label, DocumentRef decision) {
        assertRefused(creation().pedagogicalCouncil(decision), Refusal.PEDAGOGICAL_COUNCIL_DECISION_REQUIRED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incompleteOrders")
    void cannotCreateAssociationWithoutMethodologicalCouncilApproval(String label, DocumentRef approval) {
        assertRefused(creation().methodologicalCouncil(approval), Refusal.METHODOLOGICAL_COUNCIL_APPROVAL_REQUIRED);
    }

    @Test
    void cannotCreateAssociationByOrderDatedBeforeThePedagogicalCouncil() {
        LocalDate dayAfterOrder = ORDER.date().plusDays(1);
        assertRefused(creation().pedagogicalCouncil(new DocumentRef("2", dayAfterOrder)),
                Refusal.COUNCIL_DECISION_AFTER_ORDER, dayAfterOrder, ORDER.date());
    }

    @Test
    void cannotCreateAssociationByOrderDatedBeforeTheMethodologicalCouncil() {
        LocalDate dayAfterOrder = ORDER.date().plusDays(1);
        assertRefused(creation().methodologicalCouncil(new DocumentRef("2", dayAfterOrder)),
                Refusal.COUNCIL_DECISION_AFTER_ORDER, dayAfterOrder, ORDER.date());
    }

    // --- numbers of the documents cited

    private static final String BEYOND_A_NUMBER = "7".repeat(Rules.MAXIMUM_NUMBER + 1);

    /**
     * Each document the creation cites, by a number one character beyond its bound: refused naming it,
     * rather than stored for a read model that cannot keep it.
     */
    static Stream<Arguments> numbersBeyondTheirBound() {
        return Stream.of(
                Arguments.of("order.number", creation().order(new DocumentRef(BEYOND_A_NUMBER, ORDER.date()))),
                Arguments.of("proposal.number", creation().proposal(new Proposal(Role.DEPUTY_TEACHING, BEYOND_A_NUMBER,
                        PROPOSAL.date()))),
                Arguments.of("pedagogicalCouncilDecision.number", creation().pedagogicalCouncil(
                        new DocumentRef(BEYOND_A_NUMBER, PEDAGOGICAL_COUNCIL.date()))),
                Arguments.of("methodologicalCouncilApproval.number", creation().methodologicalCouncil(
                        new DocumentRef(BEYOND_A_NUMBER, METHODOLOGICAL_COUNCIL.date()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbersBeyondTheirBound")
    void aNumberBeyondItsBoundIsRefusedNamingIt(String field, Associations.Creation creation) {
        assertRefused(creation, Refusal.FIELD_TOO_LONG, field, Rules.MAXIMUM_NUMBER);
    }

    @Test
    void numbersAtTheirBoundAreAccepted() {
        String number = "7".repeat(Rules.MAXIMUM_NUMBER);
        Associations.Creation atTheBound = creation()
                .order(new DocumentRef(number, ORDER.date()))
                .proposal(new Proposal(Role.DEPUTY_TEACHING, number, PROPOSAL.date()))
                .pedagogicalCouncil(new DocumentRef(number, PEDAGOGICAL_COUNCIL.date()))
                .methodologicalCouncil(new DocumentRef(number, METHODOLOGICAL_COUNCIL.date()));
        create(atTheBound).expectEvents(atTheBound.event());
    }
}
