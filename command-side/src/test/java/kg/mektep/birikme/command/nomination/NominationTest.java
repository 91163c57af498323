package kg.mektep.birikme.command.nomination;

import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.Map;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.nomination.DecideNominationCommand;
import kg.mektep.birikme.api.nomination.ForwardNominationCommand;
import kg.mektep.birikme.api.nomination.NominationDecidedEvent;
import kg.mektep.birikme.api.nomination.NominationForwardedEvent;
import kg.mektep.birikme.api.nomination.NominationKind;
import kg.mektep.birikme.api.nomination.NominationOutcome;
import kg.mektep.birikme.api.nomination.NominationProposedEvent;
import kg.mektep.birikme.api.nomination.ProposeNominationCommand;
import kg.mektep.birikme.command.plan.InMemoryAssociationRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R16 (clauses 7.1–7.8): the association nominates its members and makes proposals through a quorate
 * meeting; the chair or a deputy forwards them; the administration decides, each step once and in order.
 */
class NominationTest {

    private static final String SCHOOL = "school-karakol-3";
    private static final String ASSOCIATION = "ma-klass-zhetekchiler";
    private static final String CHAIR = "t-saikal";
    private static final String MEMBER = "t-temirlan";
    private static final String OUTSIDER = "t-zhamila";
    private static final String NOMINATION = "nomination-1";
    private static final DocumentRef QUORATE = new DocumentRef("4", LocalDate.of(2026, 12, 18));
    private static final DocumentRef NOT_QUORATE = new DocumentRef("5", LocalDate.of(2027, 1, 15));
    private static final String TEXT = "Ата-энелер менен иштөөдө үлгүлүү тажрыйба, «Мыкты класс жетекчи» сынагына";

    private FixtureConfiguration<Nomination> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Nomination.class);
        fixture.registerInjectableResource(new InMemoryAssociationRegistry()
                .withAssociation(ASSOCIATION, SCHOOL, CHAIR, MEMBER, "t-aidana", "t-bekzat")
                .withAssociation("ma-dissolved", SCHOOL, CHAIR, MEMBER, "t-aidana", "t-bekzat").dissolve("ma-dissolved")
                .withProtocol(ASSOCIATION, 2026, 4, QUORATE.date(), true)
                .withProtocol(ASSOCIATION, 2026, 5, NOT_QUORATE.date(), false));
    }

    private static Map<String, Object> asTeacher(String teacherId) {
        return Map.of(MetadataKeys.ACTOR_TEACHER_ID, teacherId, MetadataKeys.ACTOR_ID, "user-" + teacherId,
                MetadataKeys.ACTOR_ROLE, "TEACHER");
    }

    private static Map<String, Object> as(String role) {
        return Map.of(MetadataKeys.ACTOR_ID, "user-" + role, MetadataKeys.ACTOR_ROLE, role);
    }

    private static ProposeNominationCommand propose(NominationKind kind, String nominee, DocumentRef protocol) {
        return new ProposeNominationCommand(NOMINATION, SCHOOL, ASSOCIATION, kind, nominee, " " + TEXT + " ", protocol);
    }

    private static NominationProposedEvent proposed() {
        return new NominationProposedEvent(NOMINATION, SCHOOL, ASSOCIATION, NominationKind.BEST_CLASS_TEACHER, MEMBER,
                TEXT, QUORATE, "user-" + CHAIR);
    }

    private static NominationForwardedEvent forwarded() {
        return new NominationForwardedEvent(NOMINATION, SCHOOL, ASSOCIATION, "user-" + CHAIR);
    }

    private static DecideNominationCommand decide(NominationOutcome outcome, String note) {
        return new DecideNominationCommand(NOMINATION, SCHOOL, outcome, note);
    }

    // --- proposing ---------------------------------------------------------------------------

    @Test
    void theChairRecordsANominationAQuorateMeetingResolved() {
        fixture.givenNoPriorActivity()
                .when(propose(NominationKind.BEST_CLASS_TEACHER, " " + MEMBER + " ", QUORATE), asTeacher(CHAIR))
                .expectEvents(proposed());
    }

    @Test
    void aProposalOnTheSchoolsTeachingNamesNoTeacher() {
        fixture.givenNoPriorActivity().when(propose(NominationKind.TEACHING_IMPROVEMENT, null, QUORATE), asTeacher(CHAIR))
                .expectEvents(new NominationProposedEvent(NOMINATION, SCHOOL, ASSOCIATION,
                        NominationKind.TEACHING_IMPROVEMENT, null, TEXT, QUORATE, "user-" + CHAIR));
        fixture.givenNoPriorActivity().when(propose(NominationKind.TEACHING_IMPROVEMENT, MEMBER, QUORATE), asTeacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.TEACHING_PROPOSAL_NAMES_NO_TEACHER, MEMBER));
    }

    @Test
    void aNominationNamesAMemberOfTheAssociation() {
        fixture.givenNoPriorActivity().when(propose(NominationKind.TEACHER_OF_THE_YEAR, OUTSIDER, QUORATE), asTeacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_A_MEMBER, OUTSIDER));
        fixture.givenNoPriorActivity().when(propose(NominationKind.AWARD, " ", QUORATE), asTeacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "nomineeId"));
    }

    @Test
    void aNominationSaysWhatAndWhy() {
        fixture.givenNoPriorActivity()
                .when(new ProposeNominationCommand(NOMINATION, SCHOOL, ASSOCIATION, NominationKind.ATTESTATION, MEMBER,
                        " ", QUORATE), asTeacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "text"));
        fixture.givenNoPriorActivity()
                .when(new ProposeNominationCommand(NOMINATION, SCHOOL, ASSOCIATION, null, MEMBER, TEXT, QUORATE),
                        asTeacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "kind"));
    }

    @Test
    void onlyTheChairRecordsANomination() {
        fixture.givenNoPriorActivity().when(propose(NominationKind.BEST_CLASS_TEACHER, MEMBER, QUORATE), asTeacher(MEMBER))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }

    @Test
    void nominationsOnlyThroughAQuorateMeeting() {
        fixture.givenNoPriorActivity()
                .when(propose(NominationKind.BEST_CLASS_TEACHER, MEMBER, NOT_QUORATE), asTeacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.PROTOCOL_NOT_QUORATE, 5));
        fixture.givenNoPriorActivity().when(propose(NominationKind.BEST_CLASS_TEACHER, MEMBER, null), asTeacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.PROTOCOL_REFERENCE_REQUIRED));
    }

    @Test
    void aDissolvedAssociationNominatesNobody() {
        fixture.givenNoPriorActivity()
                .when(new ProposeNominationCommand(NOMINATION, SCHOOL, "ma-dissolved", NominationKind.AWARD, MEMBER, TEXT,
                        QUORATE), asTeacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, "ma-dissolved"));
    }

    // --- forwarding --------------------------------------------------------------------------

    @Test
    void theChairForwardsAProposal() {
        fixture.given(proposed()).when(new ForwardNominationCommand(NOMINATION, SCHOOL), asTeacher(CHAIR))
                .expectEvents(forwarded());
    }

    @Test
    void aDeputyDirectorForwardsAProposal() {
        fixture.given(proposed()).when(new ForwardNominationCommand(NOMINATION, SCHOOL), as("DEPUTY_METHODOLOGY"))
                .expectEvents(new NominationForwardedEvent(NOMINATION, SCHOOL, ASSOCIATION, "user-DEPUTY_METHODOLOGY"));
        fixture.given(proposed()).when(new ForwardNominationCommand(NOMINATION, SCHOOL), as("TEACHER,DEPUTY_TEACHING"))
                .expectEvents(new NominationForwardedEvent(NOMINATION, SCHOOL, ASSOCIATION, "user-TEACHER,DEPUTY_TEACHING"));
    }

    @Test
    void aMemberWhoIsNotTheChairDoesNotForward() {
        fixture.given(proposed()).when(new ForwardNominationCommand(NOMINATION, SCHOOL), asTeacher(MEMBER))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }

    @Test
    void aProposalIsForwardedOnce() {
        fixture.given(proposed(), forwarded()).when(new ForwardNominationCommand(NOMINATION, SCHOOL), asTeacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOMINATION_ALREADY_FORWARDED, NOMINATION));
        fixture.given(proposed(), forwarded(), new NominationDecidedEvent(NOMINATION, SCHOOL, ASSOCIATION,
                        NominationOutcome.DECLINED, "Быйыл эмес", "user-DIRECTOR"))
                .when(new ForwardNominationCommand(NOMINATION, SCHOOL), asTeacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOMINATION_ALREADY_FORWARDED, NOMINATION));
    }

    @Test
    void anotherSchoolsNominationLooksUnknown() {
        fixture.given(proposed()).when(new ForwardNominationCommand(NOMINATION, "school-other"), asTeacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, NOMINATION));
        fixture.given(proposed(), forwarded())
                .when(new DecideNominationCommand(NOMINATION, "school-other", NominationOutcome.GRANTED, "Макул"),
                        as("DIRECTOR"))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, NOMINATION));
    }

    // --- deciding ----------------------------------------------------------------------------

    @Test
    void theDirectorDecidesAForwardedProposal() {
        fixture.given(proposed(), forwarded())
                .when(decide(NominationOutcome.GRANTED, " Райондук сынакка жиберилсин "), as("DIRECTOR"))
                .expectEvents(new NominationDecidedEvent(NOMINATION, SCHOOL, ASSOCIATION, NominationOutcome.GRANTED,
                        "Райондук сынакка жиберилсин", "user-DIRECTOR"));
    }

    @Test
    void onlyAForwardedProposalIsDecided() {
        fixture.given(proposed()).when(decide(NominationOutcome.DECLINED, "Эрте"), as("DEPUTY_TEACHING"))
                .expectNoEvents().expectException(refusedWith(Refusal.NOMINATION_NOT_FORWARDED, NOMINATION));
    }

    @Test
    void aProposalIsDecidedOnce() {
        fixture.given(proposed(), forwarded(), new NominationDecidedEvent(NOMINATION, SCHOOL, ASSOCIATION,
                        NominationOutcome.GRANTED, "Макул", "user-DIRECTOR"))
                .when(decide(NominationOutcome.DECLINED, "Кайра караңыз"), as("DIRECTOR"))
                .expectNoEvents().expectException(refusedWith(Refusal.NOMINATION_ALREADY_DECIDED, NOMINATION));
    }

    @Test
    void aDecisionHasAnOutcomeAndANote() {
        fixture.given(proposed(), forwarded()).when(decide(NominationOutcome.GRANTED, " "), as("DIRECTOR"))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "note"));
        fixture.given(proposed(), forwarded()).when(decide(null, "Макул"), as("DIRECTOR"))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "outcome"));
    }
}
