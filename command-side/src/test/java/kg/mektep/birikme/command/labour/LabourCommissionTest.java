package kg.mektep.birikme.command.labour;

import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.labour.FormLabourCommissionCommand;
import kg.mektep.birikme.api.labour.LabourCommissionFormedEvent;
import kg.mektep.birikme.api.labour.LabourCommissions;
import kg.mektep.birikme.command.plan.InMemoryAssociationRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R15 (clause 4.5): the association forms, at a quorate meeting, a commission of its own members. */
class LabourCommissionTest {

    static final String SCHOOL = "school-osh-14";
    static final String ASSOCIATION = "ma-ene-tili";
    static final String COMMISSION = LabourCommissions.idOf(ASSOCIATION);
    static final String CHAIR = "t-cholpon";
    static final String AIBEK = "t-aibek";
    static final String NURGUL = "t-nurgul";
    static final String UMUT = "t-umut";
    static final String OUTSIDER = "t-ermek";
    static final DocumentRef QUORATE = new DocumentRef("2", LocalDate.of(2026, 9, 25));
    static final DocumentRef NOT_QUORATE = new DocumentRef("3", LocalDate.of(2026, 10, 9));

    private FixtureConfiguration<LabourCommission> fixture;

    static InMemoryAssociationRegistry registry() {
        return new InMemoryAssociationRegistry()
                .withAssociation(ASSOCIATION, SCHOOL, CHAIR, AIBEK, NURGUL, UMUT)
                .withAssociation("ma-dissolved", SCHOOL, CHAIR, AIBEK, NURGUL, UMUT).dissolve("ma-dissolved")
                .withProtocol(ASSOCIATION, 2026, 2, QUORATE.date(), true)
                .withProtocol(ASSOCIATION, 2026, 3, NOT_QUORATE.date(), false);
    }

    static Map<String, Object> as(String teacherId) {
        return Map.of(MetadataKeys.ACTOR_TEACHER_ID, teacherId, MetadataKeys.ACTOR_ID, "user-" + teacherId);
    }

    static LabourCommissionFormedEvent formed(List<String> members, String head) {
        return new LabourCommissionFormedEvent(COMMISSION, SCHOOL, ASSOCIATION, members, head, QUORATE, CHAIR);
    }

    private static FormLabourCommissionCommand form(List<String> members, String head, DocumentRef protocol) {
        return new FormLabourCommissionCommand(COMMISSION, SCHOOL, ASSOCIATION, members, head, protocol);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LabourCommission.class);
        fixture.registerInjectableResource(registry());
    }

    @Test
    void theChairRecordsTheCommissionAQuorateMeetingFormed() {
        fixture.givenNoPriorActivity()
                .when(form(List.of(" " + AIBEK + " ", NURGUL, CHAIR), AIBEK, QUORATE), as(CHAIR))
                .expectEvents(formed(List.of(AIBEK, NURGUL, CHAIR), AIBEK));
    }

    @Test
    void aLaterFormationReplacesTheComposition() {
        fixture.given(formed(List.of(AIBEK, NURGUL, CHAIR), AIBEK))
                .when(form(List.of(UMUT, NURGUL), NURGUL, QUORATE), as(CHAIR))
                .expectEvents(formed(List.of(UMUT, NURGUL), NURGUL));
    }

    @Test
    void onlyTheChairRecordsTheCommission() {
        fixture.givenNoPriorActivity().when(form(List.of(AIBEK, NURGUL), AIBEK, QUORATE), as(AIBEK))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }

    @Test
    void theCommissionIsFormedOnlyByAQuorateMeeting() {
        fixture.givenNoPriorActivity().when(form(List.of(AIBEK, NURGUL), AIBEK, NOT_QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.PROTOCOL_NOT_QUORATE, 3));
        fixture.givenNoPriorActivity()
                .when(form(List.of(AIBEK, NURGUL), AIBEK, new DocumentRef("7", QUORATE.date())), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.PROTOCOL_NOT_RECORDED, "7", QUORATE.date()));
        fixture.givenNoPriorActivity().when(form(List.of(AIBEK, NURGUL), AIBEK, null), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.PROTOCOL_REFERENCE_REQUIRED));
    }

    @Test
    void aCommissionHasAtLeastTwoMembers() {
        fixture.givenNoPriorActivity().when(form(List.of(AIBEK), AIBEK, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.COMMISSION_TOO_SMALL, 1, 2));
        fixture.givenNoPriorActivity().when(form(List.of(), AIBEK, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.COMMISSION_TOO_SMALL, 0, 2));
    }

    @Test
    void commissionMembersComeFromTheAssociation() {
        fixture.givenNoPriorActivity().when(form(List.of(AIBEK, OUTSIDER), AIBEK, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.COMMISSION_MEMBER_NOT_IN_ASSOCIATION, OUTSIDER));
    }

    @Test
    void aMemberIsNamedOnce() {
        fixture.givenNoPriorActivity().when(form(List.of(AIBEK, " " + AIBEK), AIBEK, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.DUPLICATE_MEMBER));
    }

    @Test
    void theHeadIsOneOfTheCommission() {
        fixture.givenNoPriorActivity().when(form(List.of(AIBEK, NURGUL), UMUT, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.COMMISSION_HEAD_NOT_IN_COMMISSION, UMUT));
        fixture.givenNoPriorActivity().when(form(List.of(AIBEK, NURGUL), " ", QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "headId"));
    }

    @Test
    void theMemberListIsGiven() {
        fixture.givenNoPriorActivity().when(form(null, AIBEK, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "memberIds"));
    }

    @Test
    void everyMemberOfTheListIsNamed() {
        fixture.givenNoPriorActivity().when(form(List.of(AIBEK, NURGUL, "  "), AIBEK, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "memberIds"));
        fixture.givenNoPriorActivity().when(form(Arrays.asList(AIBEK, NURGUL, null), AIBEK, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "memberIds"));
    }

    @Test
    void noCommissionForADissolvedAssociation() {
        fixture.givenNoPriorActivity()
                .when(new FormLabourCommissionCommand(LabourCommissions.idOf("ma-dissolved"), SCHOOL, "ma-dissolved",
                        List.of(AIBEK, NURGUL), AIBEK, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, "ma-dissolved"));
    }

    @Test
    void noCommissionForAnUnknownAssociation() {
        fixture.givenNoPriorActivity()
                .when(new FormLabourCommissionCommand(LabourCommissions.idOf("ma-none"), SCHOOL, "ma-none",
                        List.of(AIBEK, NURGUL), AIBEK, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, "ma-none"));
    }

    @Test
    void anotherSchoolsAssociationLooksUnknown() {
        fixture.given(formed(List.of(AIBEK, NURGUL), AIBEK))
                .when(new FormLabourCommissionCommand(COMMISSION, "school-other", ASSOCIATION, List.of(AIBEK, NURGUL),
                        AIBEK, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, ASSOCIATION));
    }

    @Test
    void theCommissionIsTheOneOfItsAssociation() {
        fixture.givenNoPriorActivity()
                .when(new FormLabourCommissionCommand(LabourCommissions.idOf("ma-other"), SCHOOL, ASSOCIATION,
                        List.of(AIBEK, NURGUL), AIBEK, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, LabourCommissions.idOf("ma-other")));
    }
}
