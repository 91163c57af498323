package kg.mektep.birikme.command.attestation;

import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import kg.mektep.birikme.api.attestation.ApproveAttestationMaterialCommand;
import kg.mektep.birikme.api.attestation.AttestationKind;
import kg.mektep.birikme.api.attestation.AttestationMaterialApprovedEvent;
import kg.mektep.birikme.api.attestation.AttestationMaterialSubmittedEvent;
import kg.mektep.birikme.api.attestation.SubmitAttestationMaterialCommand;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.command.plan.InMemoryAssociationRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R14 (clause 3.5): attestation material is approved only by a resolution of a quorate meeting of the association. */
class AttestationMaterialTest {

    private static final String SCHOOL = "school-naryn-3";
    private static final String ASSOCIATION = "ma-tarykh";
    private static final String CHAIR = "t-zhyldyz";
    private static final String MEMBER = "t-ulan";
    private static final String MATERIAL = "material-1";
    private static final DocumentRef QUORATE = new DocumentRef("4", LocalDate.of(2026, 4, 20));
    private static final DocumentRef NOT_QUORATE = new DocumentRef("5", LocalDate.of(2026, 5, 4));

    private FixtureConfiguration<AttestationMaterial> fixture;

    @BeforeEach
    void setUp() {
        InMemoryAssociationRegistry registry = new InMemoryAssociationRegistry()
                .withAssociation(ASSOCIATION, SCHOOL, CHAIR, MEMBER, "t-aiperi", "t-bolot")
                .withProtocol(ASSOCIATION, 2025, 4, QUORATE.date(), true)
                .withProtocol(ASSOCIATION, 2025, 5, NOT_QUORATE.date(), false);
        fixture = new AggregateTestFixture<>(AttestationMaterial.class);
        fixture.registerInjectableResource(registry);
    }

    /** The material's history, as of 2 March 2026, weeks before the protocols that approve it are recorded. */
    private TestExecutor<AttestationMaterial> given(Object... events) {
        return fixture.givenCurrentTime(Instant.parse("2026-03-02T04:00:00Z")).andGiven(events);
    }

    private static Map<String, Object> as(String teacherId) {
        return Map.of(MetadataKeys.ACTOR_TEACHER_ID, teacherId, MetadataKeys.ACTOR_ID, "user-" + teacherId);
    }

    private static SubmitAttestationMaterialCommand submit() {
        return new SubmitAttestationMaterialCommand(MATERIAL, SCHOOL, ASSOCIATION, 2025,
                AttestationKind.GRADUATION_ORAL_EXAM, " Кыргызстандын тарыхы ", "11-А", "Оозеки экзамендин билеттери");
    }

    private static AttestationMaterialSubmittedEvent submitted() {
        return new AttestationMaterialSubmittedEvent(MATERIAL, SCHOOL, ASSOCIATION, 2025,
                AttestationKind.GRADUATION_ORAL_EXAM, "Кыргызстандын тарыхы", "11-А", "Оозеки экзамендин билеттери", MEMBER);
    }

    @Test
    void aMemberSubmitsAttestationMaterial() {
        fixture.givenNoPriorActivity().when(submit(), as(MEMBER)).expectEvents(submitted());
    }

    @Test
    void onlyAMemberSubmits() {
        fixture.givenNoPriorActivity().when(submit(), as("t-outsider"))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_A_MEMBER, "t-outsider"));
    }

    @Test
    void materialNamesItsKindSubjectClassAndTitle() {
        fixture.givenNoPriorActivity()
                .when(new SubmitAttestationMaterialCommand(MATERIAL, SCHOOL, ASSOCIATION, 2025, null, "Тарых", "9-Б", "Т"),
                        as(MEMBER))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "kind"));
        fixture.givenNoPriorActivity()
                .when(new SubmitAttestationMaterialCommand(MATERIAL, SCHOOL, ASSOCIATION, 2025,
                        AttestationKind.TRANSFER_FINAL_CHECK, "Тарых", " ", "Т"), as(MEMBER))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "className"));
        fixture.givenNoPriorActivity()
                .when(new SubmitAttestationMaterialCommand(MATERIAL, SCHOOL, ASSOCIATION, 2025,
                        AttestationKind.TRANSFER_FINAL_CHECK, " ", "9-Б", "Т"), as(MEMBER))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "subject"));
        fixture.givenNoPriorActivity()
                .when(new SubmitAttestationMaterialCommand(MATERIAL, SCHOOL, ASSOCIATION, 2025,
                        AttestationKind.TRANSFER_FINAL_CHECK, "Тарых", "9-Б", null), as(MEMBER))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "title"));
    }

    @Test
    void theChairRecordsApprovalByAQuorateMeeting() {
        given(submitted())
                .when(new ApproveAttestationMaterialCommand(MATERIAL, SCHOOL, QUORATE), as(CHAIR))
                .expectEvents(new AttestationMaterialApprovedEvent(MATERIAL, SCHOOL, ASSOCIATION, 2025, QUORATE,
                        "user-" + CHAIR));
    }

    @Test
    void approvalOnlyThroughAQuorateMeeting() {
        given(submitted())
                .when(new ApproveAttestationMaterialCommand(MATERIAL, SCHOOL, NOT_QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.PROTOCOL_NOT_QUORATE, 5));
        given(submitted())
                .when(new ApproveAttestationMaterialCommand(MATERIAL, SCHOOL, new DocumentRef("9", QUORATE.date())),
                        as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.PROTOCOL_NOT_RECORDED));
        given(submitted())
                .when(new ApproveAttestationMaterialCommand(MATERIAL, SCHOOL, null), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.PROTOCOL_REFERENCE_REQUIRED));
    }

    @Test
    void onlyTheChairRecordsTheApproval() {
        given(submitted())
                .when(new ApproveAttestationMaterialCommand(MATERIAL, SCHOOL, QUORATE), as(MEMBER))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }

    @Test
    void approvedOnce() {
        given(submitted(), new AttestationMaterialApprovedEvent(MATERIAL, SCHOOL, ASSOCIATION, 2025, QUORATE, "u"))
                .when(new ApproveAttestationMaterialCommand(MATERIAL, SCHOOL, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.ALREADY_APPROVED, MATERIAL));
    }

    @Test
    void anotherSchoolsMaterialLooksUnknown() {
        given(submitted())
                .when(new ApproveAttestationMaterialCommand(MATERIAL, "school-other", QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, MATERIAL));
    }

    /** Clause 3.5: a protocol recorded before the material was submitted cannot have approved it. */
    @Test
    void theProtocolCitedWasRecordedAfterTheMaterialWasSubmitted() {
        Instant recorded = QUORATE.date().atTime(12, 0).atZone(java.time.ZoneId.of("Asia/Bishkek")).toInstant();
        fixture.givenCurrentTime(recorded.plusMillis(1)).andGiven(submitted())
                .when(new ApproveAttestationMaterialCommand(MATERIAL, SCHOOL, QUORATE), as(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.PROTOCOL_BEFORE_MATERIAL, 4, QUORATE.date()));
        fixture.givenCurrentTime(recorded).andGiven(submitted())
                .when(new ApproveAttestationMaterialCommand(MATERIAL, SCHOOL, QUORATE), as(CHAIR))
                .expectEvents(new AttestationMaterialApprovedEvent(MATERIAL, SCHOOL, ASSOCIATION, 2025, QUORATE,
                        "user-" + CHAIR));
    }
}
