package kg.mektep.birikme.command.association;

import static kg.mektep.birikme.command.association.Associations.AIGUL;
import static kg.mektep.birikme.command.association.Associations.ASSOCIATION;
import static kg.mektep.birikme.command.association.Associations.BAKYT;
import static kg.mektep.birikme.command.association.Associations.CHAIR_ORDER;
import static kg.mektep.birikme.command.association.Associations.ELECTION_DAY;
import static kg.mektep.birikme.command.association.Associations.NURBEK;
import static kg.mektep.birikme.command.association.Associations.SCHOOL;
import static kg.mektep.birikme.command.association.Associations.TODAY;
import static kg.mektep.birikme.command.association.Associations.recordedByMember;
import static kg.mektep.birikme.command.association.Associations.chairConfirmed;
import static kg.mektep.birikme.command.association.Associations.chairElected;
import static kg.mektep.birikme.command.association.Associations.confirmChair;
import static kg.mektep.birikme.command.association.Associations.created;
import static kg.mektep.birikme.command.association.Associations.electChair;
import static kg.mektep.birikme.command.association.Associations.memberAdded;
import static kg.mektep.birikme.command.association.Associations.memberRemoved;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import kg.mektep.birikme.api.association.ChairConfirmedEvent;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import kg.mektep.birikme.api.association.ChairVacatedEvent;
import kg.mektep.birikme.api.association.ConfirmChairCommand;
import kg.mektep.birikme.api.association.ElectChairCommand;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.command.rules.Rules;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R5 (clauses 5.1, 6.2): the association elects its chair from its members; the director confirms by order. */
class AssociationChairTest {

    private static final LocalDate RE_ELECTION_DAY = LocalDate.of(2024, 10, 3);

    private FixtureConfiguration<Association> fixture;

    @BeforeEach
    void setUp() {
        fixture = Associations.fixture();
    }

    // ---- election

    @Test
    void canElectChairFromTheMembers() {
        fixture.given(created())
                .when(electChair(AIGUL), recordedByMember())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ChairElectedEvent(ASSOCIATION, SCHOOL, AIGUL, ELECTION_DAY));
    }

    @Test
    void anElectionCitesTheQuorateProtocolOfItsMeeting() {
        DocumentRef protocol = new DocumentRef("1", ELECTION_DAY);
        fixture.given(created())
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, ELECTION_DAY, protocol), recordedByMember())
                .expectEvents(new ChairElectedEvent(ASSOCIATION, SCHOOL, AIGUL, ELECTION_DAY, protocol));
    }

    /**
     * A protocol's number is read with its leading zeros, so that "0…01" finds protocol 1; it is kept as
     * given, so it is bounded like any document's number, and so is the order confirming the chair.
     */
    @Test
    void theNumbersCitedHaveABound() {
        DocumentRef protocol = new DocumentRef("0".repeat(Rules.MAXIMUM_NUMBER) + "1", ELECTION_DAY);
        fixture.given(created())
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, ELECTION_DAY, protocol), recordedByMember())
                .expectException(refusedWith(Refusal.FIELD_TOO_LONG, "protocol.number", Rules.MAXIMUM_NUMBER))
                .expectNoEvents();
        DocumentRef atTheBound = new DocumentRef("0".repeat(Rules.MAXIMUM_NUMBER - 1) + "1", ELECTION_DAY);
        fixture.given(created())
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, ELECTION_DAY, atTheBound), recordedByMember())
                .expectEvents(new ChairElectedEvent(ASSOCIATION, SCHOOL, AIGUL, ELECTION_DAY, atTheBound));
        fixture.given(created(), chairElected(AIGUL))
                .when(new ConfirmChairCommand(ASSOCIATION, SCHOOL, AIGUL, new DocumentRef("7".repeat(Rules.MAXIMUM_NUMBER + 1),
                        ELECTION_DAY)))
                .expectException(refusedWith(Refusal.FIELD_TOO_LONG, "order.number", Rules.MAXIMUM_NUMBER))
                .expectNoEvents();
    }

    @Test
    void anElectionCannotCiteAProtocolNeverRecorded() {
        fixture.given(created())
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, ELECTION_DAY, new DocumentRef("5", ELECTION_DAY)),
                        recordedByMember())
                .expectException(refusedWith(Refusal.PROTOCOL_NOT_RECORDED, "5", ELECTION_DAY))
                .expectNoEvents();
    }

    @Test
    void anElectionCannotCiteANonQuorateMeeting() {
        LocalDate weekLater = ELECTION_DAY.plusDays(7);
        fixture.given(created())
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, weekLater, new DocumentRef("2", weekLater)),
                        recordedByMember())
                .expectException(refusedWith(Refusal.PROTOCOL_NOT_QUORATE, 2))
                .expectNoEvents();
    }

    @Test
    void anElectionCitesTheProtocolOfTheMeetingThatElected() {
        fixture.given(created())
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, ELECTION_DAY.plusDays(1),
                        new DocumentRef("1", ELECTION_DAY)), recordedByMember())
                .expectException(refusedWith(Refusal.ELECTION_NOT_AT_THAT_MEETING, "1", ELECTION_DAY,
                        ELECTION_DAY.plusDays(1)))
                .expectNoEvents();
    }

    /** An election is recorded once its meeting was held: today, not a day later. */
    @Test
    void anElectionIsNotDatedAfterToday() {
        fixture.given(created())
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, TODAY.plusDays(1)), recordedByMember())
                .expectException(refusedWith(Refusal.ELECTION_DATE_IN_FUTURE, TODAY.plusDays(1), TODAY))
                .expectNoEvents();
        fixture.given(created())
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, TODAY), recordedByMember())
                .expectEvents(new ChairElectedEvent(ASSOCIATION, SCHOOL, AIGUL, TODAY));
    }

    /** Clause 6.1: the association elects from its opening order on, not at a meeting before it. */
    @Test
    void anElectionIsNotDatedBeforeTheOpeningOrder() {
        LocalDate dayBefore = Associations.ORDER.date().minusDays(1);
        fixture.given(created())
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, dayBefore), recordedByMember())
                .expectException(refusedWith(Refusal.DATED_BEFORE_OPENING, dayBefore, Associations.ORDER.date()))
                .expectNoEvents();
        fixture.given(created())
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, Associations.ORDER.date()), recordedByMember())
                .expectEvents(new ChairElectedEvent(ASSOCIATION, SCHOOL, AIGUL, Associations.ORDER.date()));
    }

    /** Clause 5.1: the latest election stands; one recorded late for an earlier meeting does not overturn it. */
    @Test
    void anElectionDatedBeforeTheLatestOneIsRefused() {
        fixture.given(created(), chairElected(AIGUL), reElected(NURBEK))
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, RE_ELECTION_DAY.minusDays(1)), recordedByMember())
                .expectException(refusedWith(Refusal.ELECTION_BEFORE_LATEST, RE_ELECTION_DAY.minusDays(1), RE_ELECTION_DAY))
                .expectNoEvents();
        // Nor once the chair it elected has left the association.
        fixture.given(created(), memberAdded(BAKYT), reElected(BAKYT), memberRemoved(BAKYT),
                        new ChairVacatedEvent(ASSOCIATION, SCHOOL, BAKYT))
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, RE_ELECTION_DAY.minusDays(1)), recordedByMember())
                .expectException(refusedWith(Refusal.ELECTION_BEFORE_LATEST, RE_ELECTION_DAY.minusDays(1), RE_ELECTION_DAY))
                .expectNoEvents();
        // The election of the chair in office, not yet confirmed, is recorded again with its true, earlier date.
        fixture.given(created(), chairElected(AIGUL), reElected(NURBEK))
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, NURBEK, RE_ELECTION_DAY.minusDays(1)), recordedByMember())
                .expectEvents(new ChairElectedEvent(ASSOCIATION, SCHOOL, NURBEK, RE_ELECTION_DAY.minusDays(1)));
        fixture.given(created(), chairElected(AIGUL), reElected(NURBEK), chairConfirmed(NURBEK))
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, NURBEK, RE_ELECTION_DAY.minusDays(1)), recordedByMember())
                .expectException(refusedWith(Refusal.ELECTION_BEFORE_LATEST, RE_ELECTION_DAY.minusDays(1), RE_ELECTION_DAY))
                .expectNoEvents();
        // The same meeting's election, recorded again, or a later one is taken.
        fixture.given(created(), chairElected(AIGUL), reElected(NURBEK))
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, RE_ELECTION_DAY), recordedByMember())
                .expectEvents(new ChairElectedEvent(ASSOCIATION, SCHOOL, AIGUL, RE_ELECTION_DAY));
    }

    @Test
    void canElectChairWhoJoinedAfterCreation() {
        fixture.given(created(), memberAdded(BAKYT))
                .when(electChair(BAKYT), recordedByMember())
                .expectEvents(chairElected(BAKYT));
    }

    @Test
    void cannotElectChairWhoIsNotAMember() {
        // Бакыт is on the staff and teaches mathematics, but is not a member
        fixture.given(created())
                .when(electChair(BAKYT), recordedByMember())
                .expectException(refusedWith(Refusal.CHAIR_NOT_A_MEMBER, BAKYT))
                .expectNoEvents();
    }

    @Test
    void cannotElectAFormerMemberAsChair() {
        fixture.given(created(), memberAdded(BAKYT), memberRemoved(AIGUL))
                .when(electChair(AIGUL), recordedByMember())
                .expectException(refusedWith(Refusal.CHAIR_NOT_A_MEMBER, AIGUL))
                .expectNoEvents();
    }

    @Test
    void onlyAMemberRecordsTheElection() {
        fixture.given(created())
                .when(electChair(AIGUL), Map.of(MetadataKeys.ACTOR_TEACHER_ID, BAKYT))
                .expectException(refusedWith(Refusal.NOT_BY_MEMBER))
                .expectNoEvents();
    }

    @Test
    void anElectionWithoutAnActingTeacherIsRefused() {
        fixture.given(created())
                .when(electChair(AIGUL))
                .expectException(refusedWith(Refusal.NOT_BY_MEMBER))
                .expectNoEvents();
    }

    @Test
    void cannotElectChairWithoutMeetingDate() {
        fixture.given(created())
                .when(new ElectChairCommand(ASSOCIATION, SCHOOL, AIGUL, null), recordedByMember())
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "meetingDate"))
                .expectNoEvents();
    }

    @Test
    void reElectionReplacesTheChairAndResetsConfirmation() {
        DocumentRef newOrder = orderOn(RE_ELECTION_DAY.plusDays(2));
        fixture.given(created(), chairElected(AIGUL), chairConfirmed(AIGUL), reElected(NURBEK))
                .when(new ConfirmChairCommand(ASSOCIATION, SCHOOL, NURBEK, newOrder))
                .expectEvents(new ChairConfirmedEvent(ASSOCIATION, SCHOOL, NURBEK, newOrder));
    }

    @Test
    void formerChairCannotBeConfirmedAfterReElection() {
        fixture.given(created(), chairElected(AIGUL), reElected(NURBEK))
                .when(new ConfirmChairCommand(ASSOCIATION, SCHOOL, AIGUL, orderOn(RE_ELECTION_DAY)))
                .expectException(refusedWith(Refusal.CONFIRMED_NOT_ELECTED, AIGUL, NURBEK))
                .expectNoEvents();
    }

    @Test
    void reElectingTheConfirmedChairNeedsANewConfirmation() {
        fixture.given(created(), chairElected(AIGUL), chairConfirmed(AIGUL), reElected(AIGUL))
                .when(new ConfirmChairCommand(ASSOCIATION, SCHOOL, AIGUL, orderOn(RE_ELECTION_DAY)))
                .expectEvents(new ChairConfirmedEvent(ASSOCIATION, SCHOOL, AIGUL, orderOn(RE_ELECTION_DAY)));
    }

    // ---- confirmation

    @Test
    void canConfirmTheElectedChairByOrder() {
        fixture.given(created(), chairElected(AIGUL))
                .when(confirmChair(AIGUL))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ChairConfirmedEvent(ASSOCIATION, SCHOOL, AIGUL, CHAIR_ORDER));
    }

    @Test
    void theConfirmingOrderIsNotDatedAfterToday() {
        fixture.given(created(), chairElected(AIGUL))
                .when(new ConfirmChairCommand(ASSOCIATION, SCHOOL, AIGUL, orderOn(TODAY.plusDays(1))))
                .expectException(refusedWith(Refusal.CHAIR_ORDER_DATE_IN_FUTURE, TODAY.plusDays(1), TODAY))
                .expectNoEvents();
        fixture.given(created(), chairElected(AIGUL))
                .when(new ConfirmChairCommand(ASSOCIATION, SCHOOL, AIGUL, orderOn(TODAY)))
                .expectEvents(new ChairConfirmedEvent(ASSOCIATION, SCHOOL, AIGUL, orderOn(TODAY)));
    }

    @Test
    void chairMayBeConfirmedByOrderOfTheElectionDay() {
        fixture.given(created(), chairElected(AIGUL))
                .when(new ConfirmChairCommand(ASSOCIATION, SCHOOL, AIGUL, orderOn(ELECTION_DAY)))
                .expectEvents(new ChairConfirmedEvent(ASSOCIATION, SCHOOL, AIGUL, orderOn(ELECTION_DAY)));
    }

    @Test
    void cannotConfirmChairBeforeAnyElection() {
        fixture.given(created())
                .when(confirmChair(AIGUL))
                .expectException(refusedWith(Refusal.NO_ELECTED_CHAIR))
                .expectNoEvents();
    }

    @Test
    void cannotConfirmAChairWhoLeftTheAssociation() {
        fixture.given(created(), memberAdded(BAKYT), chairElected(AIGUL), memberRemoved(AIGUL),
                        new ChairVacatedEvent(ASSOCIATION, SCHOOL, AIGUL))
                .when(confirmChair(AIGUL))
                .expectException(refusedWith(Refusal.NO_ELECTED_CHAIR))
                .expectNoEvents();
    }

    @Test
    void cannotConfirmSomeoneOtherThanTheElectedChair() {
        fixture.given(created(), chairElected(AIGUL))
                .when(confirmChair(NURBEK))
                .expectException(refusedWith(Refusal.CONFIRMED_NOT_ELECTED, NURBEK, AIGUL))
                .expectNoEvents();
    }

    @Test
    void cannotConfirmChairTwice() {
        fixture.given(created(), chairElected(AIGUL), chairConfirmed(AIGUL))
                .when(confirmChair(AIGUL))
                .expectException(refusedWith(Refusal.CHAIR_ALREADY_CONFIRMED, AIGUL))
                .expectNoEvents();
    }

    static Stream<Arguments> incompleteOrders() {
        return Stream.of(
                Arguments.of("no order", null),
                Arguments.of("no number", new DocumentRef(null, CHAIR_ORDER.date())),
                Arguments.of("blank number", new DocumentRef(" ", CHAIR_ORDER.date())),
                Arguments.of("no date", new DocumentRef("131-ө", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incompleteOrders")
    void cannotConfirmChairWithoutDirectorsOrder(String label, DocumentRef order) {
        fixture.given(created(), chairElected(AIGUL))
                .when(new ConfirmChairCommand(ASSOCIATION, SCHOOL, AIGUL, order))
                .expectException(refusedWith(Refusal.ORDER_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void cannotConfirmChairByOrderDatedBeforeElection() {
        LocalDate dayBefore = ELECTION_DAY.minusDays(1);
        fixture.given(created(), chairElected(AIGUL))
                .when(new ConfirmChairCommand(ASSOCIATION, SCHOOL, AIGUL, orderOn(dayBefore)))
                .expectException(refusedWith(Refusal.CHAIR_ORDER_BEFORE_ELECTION, dayBefore, ELECTION_DAY))
                .expectNoEvents();
    }

    @Test
    void confirmationOrderMustFollowTheLatestElection() {
        // the order of 10 September predates the re-election of 3 October
        fixture.given(created(), chairElected(AIGUL), reElected(NURBEK))
                .when(confirmChair(NURBEK))
                .expectException(refusedWith(Refusal.CHAIR_ORDER_BEFORE_ELECTION, CHAIR_ORDER.date(), RE_ELECTION_DAY))
                .expectNoEvents();
    }

    private static ChairElectedEvent reElected(String teacherId) {
        return new ChairElectedEvent(ASSOCIATION, SCHOOL, teacherId, RE_ELECTION_DAY);
    }

    private static DocumentRef orderOn(LocalDate date) {
        return new DocumentRef("140-ө", date);
    }
}
