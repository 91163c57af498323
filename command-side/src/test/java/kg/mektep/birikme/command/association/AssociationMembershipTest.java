package kg.mektep.birikme.command.association;

import static kg.mektep.birikme.command.association.Associations.AIGUL;
import static kg.mektep.birikme.command.association.Associations.AIZHAN;
import static kg.mektep.birikme.command.association.Associations.BAKYT;
import static kg.mektep.birikme.command.association.Associations.JANYL;
import static kg.mektep.birikme.command.association.Associations.MEERIM;
import static kg.mektep.birikme.command.association.Associations.NURBEK;
import static kg.mektep.birikme.command.association.Associations.UNKNOWN_TEACHER;
import static kg.mektep.birikme.command.association.Associations.addMember;
import static kg.mektep.birikme.command.association.Associations.chairConfirmed;
import static kg.mektep.birikme.command.association.Associations.chairElected;
import static kg.mektep.birikme.command.association.Associations.created;
import static kg.mektep.birikme.command.association.Associations.creation;
import static kg.mektep.birikme.command.association.Associations.memberAdded;
import static kg.mektep.birikme.command.association.Associations.memberRemoved;
import static kg.mektep.birikme.command.association.Associations.removeMember;
import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import kg.mektep.birikme.api.association.ChairVacatedEvent;
import kg.mektep.birikme.api.common.Refusal;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Adding and removing members of an existing association: R1, and R5 for a chair who leaves. */
class AssociationMembershipTest {

    private FixtureConfiguration<Association> fixture;

    @BeforeEach
    void setUp() {
        fixture = Associations.fixture();
    }

    // ---- adding

    @Test
    void canAddATeacherOfACoveredSubject() {
        fixture.given(created())
                .when(addMember(BAKYT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(memberAdded(BAKYT));
    }

    @Test
    void canAddATeacherWhoseSubjectDiffersOnlyInCaseAndSpaces() {
        fixture.given(created())
                .when(addMember(MEERIM))
                .expectEvents(memberAdded(MEERIM));
    }

    @Test
    void cannotAddAMemberTwice() {
        fixture.given(created())
                .when(addMember(AIGUL))
                .expectException(refusedWith(Refusal.ALREADY_MEMBER, AIGUL))
                .expectNoEvents();
    }

    @Test
    void cannotAddATeacherWhoAlreadyJoinedLater() {
        fixture.given(created(), memberAdded(BAKYT))
                .when(addMember(BAKYT))
                .expectException(refusedWith(Refusal.ALREADY_MEMBER, BAKYT))
                .expectNoEvents();
    }

    @Test
    void aRemovedMemberCanBeAddedAgain() {
        fixture.given(created(), memberAdded(BAKYT), memberRemoved(AIGUL))
                .when(addMember(AIGUL))
                .expectEvents(memberAdded(AIGUL));
    }

    @Test
    void cannotAddAnUnknownTeacher() {
        fixture.given(created())
                .when(addMember(UNKNOWN_TEACHER))
                .expectException(refusedWith(Refusal.MEMBER_NOT_ON_STAFF, UNKNOWN_TEACHER))
                .expectNoEvents();
    }

    @Test
    void cannotAddATeacherOfAnotherSchool() {
        fixture.given(created())
                .when(addMember(AIZHAN))
                .expectException(refusedWith(Refusal.MEMBER_NOT_ON_STAFF, AIZHAN))
                .expectNoEvents();
    }

    @Test
    void cannotAddATeacherOfASubjectTheAssociationDoesNotCover() {
        fixture.given(created())
                .when(addMember(JANYL))
                .expectException(refusedWith(Refusal.MEMBER_SUBJECT_NOT_COVERED, JANYL, "Кыргыз тили, Кыргыз адабияты"))
                .expectNoEvents();
    }

    @Test
    void classTeacherAssociationAddsTeachersOfAnySubject() {
        fixture.given(creation().ofClassTeachers().event())
                .when(addMember(JANYL))
                .expectEvents(memberAdded(JANYL));
    }

    @Test
    void classTeacherAssociationStillRefusesTeachersOfAnotherSchool() {
        fixture.given(creation().ofClassTeachers().event())
                .when(addMember(AIZHAN))
                .expectException(refusedWith(Refusal.MEMBER_NOT_ON_STAFF, AIZHAN))
                .expectNoEvents();
    }

    // ---- removing

    @Test
    void canRemoveAMemberWhileFourRemain() {
        fixture.given(created(), memberAdded(BAKYT))
                .when(removeMember(AIGUL))
                .expectSuccessfulHandlerExecution()
                .expectEvents(memberRemoved(AIGUL));
    }

    @Test
    void cannotRemoveMemberBelowFourMembers() {
        fixture.given(created())
                .when(removeMember(AIGUL))
                .expectException(refusedWith(Refusal.REMOVAL_BELOW_MINIMUM, 4, 4))
                .expectNoEvents();
    }

    @Test
    void cannotRemoveMemberBelowFourAfterAnEarlierRemoval() {
        fixture.given(created(), memberAdded(BAKYT), memberRemoved(AIGUL))
                .when(removeMember(NURBEK))
                .expectException(refusedWith(Refusal.REMOVAL_BELOW_MINIMUM, 4, 4))
                .expectNoEvents();
    }

    @Test
    void cannotRemoveATeacherWhoIsNotAMember() {
        fixture.given(created(), memberAdded(BAKYT))
                .when(removeMember(MEERIM))
                .expectException(refusedWith(Refusal.NOT_A_MEMBER, MEERIM))
                .expectNoEvents();
    }

    @Test
    void cannotRemoveAMemberTwice() {
        fixture.given(created(), memberAdded(BAKYT), memberAdded(MEERIM), memberRemoved(AIGUL))
                .when(removeMember(AIGUL))
                .expectException(refusedWith(Refusal.NOT_A_MEMBER, AIGUL))
                .expectNoEvents();
    }

    @Test
    void leavingChairLeavesTheChairEmpty() {
        fixture.given(created(), memberAdded(BAKYT), chairElected(AIGUL), chairConfirmed(AIGUL))
                .when(removeMember(AIGUL))
                .expectEvents(memberRemoved(AIGUL),
                        new ChairVacatedEvent(Associations.ASSOCIATION, Associations.SCHOOL, AIGUL));
    }

    @Test
    void leavingElectedButUnconfirmedChairAlsoLeavesTheChairEmpty() {
        fixture.given(created(), memberAdded(BAKYT), chairElected(NURBEK))
                .when(removeMember(NURBEK))
                .expectEvents(memberRemoved(NURBEK),
                        new ChairVacatedEvent(Associations.ASSOCIATION, Associations.SCHOOL, NURBEK));
    }

    @Test
    void removingAnOrdinaryMemberKeepsTheChair() {
        fixture.given(created(), memberAdded(BAKYT), chairElected(AIGUL))
                .when(removeMember(NURBEK))
                .expectEvents(memberRemoved(NURBEK));
    }
}
