package kg.mektep.birikme.query.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.nomination.FindNominationsQuery;
import kg.mektep.birikme.api.nomination.NominationDecidedEvent;
import kg.mektep.birikme.api.nomination.NominationForwardedEvent;
import kg.mektep.birikme.api.nomination.NominationKind;
import kg.mektep.birikme.api.nomination.NominationOutcome;
import kg.mektep.birikme.api.nomination.NominationProposedEvent;
import kg.mektep.birikme.api.nomination.NominationStatus;
import kg.mektep.birikme.api.nomination.NominationView;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import kg.mektep.birikme.query.school.StaffProjectionAccess;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NominationProjectionTest {

    private static final String SCHOOL = "school-1";
    private static final DocumentRef PROTOCOL = new DocumentRef("4", LocalDate.of(2026, 12, 18));
    private static final Instant PROPOSED = Instant.parse("2026-12-18T09:00:00Z");
    private static final Instant FORWARDED = Instant.parse("2026-12-21T03:00:00Z");
    private static final Instant DECIDED = Instant.parse("2027-01-10T06:15:00Z");

    private NominationProjection projection;

    @BeforeEach
    void freshReadModels() {
        var jdbc = ReadModelDatabase.fresh();
        jdbc.sql("TRUNCATE rm_nomination").update();
        projection = new NominationProjection(jdbc);
        StaffProjectionAccess staff = new StaffProjectionAccess(jdbc);
        staff.on(new SchoolRegisteredEvent(SCHOOL, "№5 мектеп", "Бишкек", "Asia/Bishkek"));
        staff.on(new TeacherRegisteredEvent("t2", SCHOOL, "Нурбек Өмүров", List.of("Тарых"), LocalDate.of(2015, 9, 1)));
    }

    private void propose(String id, String association, NominationKind kind, String nominee, Instant at) {
        projection.on(new NominationProposedEvent(id, SCHOOL, association, kind, nominee, "Тажрыйбасын жайылтуу: ң ө ү",
                PROTOCOL, "user-chair"), at);
    }

    @Test
    void aNominationShowsEachStepWithItsDay() {
        propose("n-1", "ma-1", NominationKind.TEACHER_OF_THE_YEAR, "t2", PROPOSED);
        projection.on(new NominationForwardedEvent("n-1", SCHOOL, "ma-1", "user-deputy"), FORWARDED);
        projection.on(new NominationDecidedEvent("n-1", SCHOOL, "ma-1", NominationOutcome.GRANTED,
                "Райондук сынакка жиберилсин", "user-director"), DECIDED);

        NominationView view = projection.handle(new FindNominationsQuery(SCHOOL, "ma-1", null)).get(0);
        assertThat(view.status()).isEqualTo(NominationStatus.DECIDED);
        assertThat(view.nomineeName()).isEqualTo("Нурбек Өмүров");
        assertThat(view.text()).isEqualTo("Тажрыйбасын жайылтуу: ң ө ү");
        assertThat(view.clause()).isEqualTo("7.8");
        assertThat(view.protocol()).isEqualTo(PROTOCOL);
        assertThat(List.of(view.proposedAt(), view.forwardedAt(), view.decidedAt()))
                .containsExactly(PROPOSED, FORWARDED, DECIDED);
        assertThat(List.of(view.proposedBy(), view.forwardedBy(), view.decidedBy()))
                .containsExactly("user-chair", "user-deputy", "user-director");
        assertThat(view.outcome()).isEqualTo(NominationOutcome.GRANTED);
        assertThat(view.note()).isEqualTo("Райондук сынакка жиберилсин");
    }

    @Test
    void nominationsByAssociationOrSchoolAndByStatus() {
        propose("n-1", "ma-1", NominationKind.AWARD, "t2", PROPOSED);
        propose("n-2", "ma-2", NominationKind.TEACHING_IMPROVEMENT, null, FORWARDED);
        projection.on(new NominationForwardedEvent("n-2", SCHOOL, "ma-2", "user-chair"), DECIDED);

        assertThat(projection.handle(new FindNominationsQuery(SCHOOL, null, null)))
                .extracting(NominationView::nominationId).containsExactly("n-1", "n-2");
        assertThat(projection.handle(new FindNominationsQuery(SCHOOL, "ma-1", null)))
                .extracting(NominationView::nominationId).containsExactly("n-1");
        assertThat(projection.handle(new FindNominationsQuery(SCHOOL, null, NominationStatus.FORWARDED)))
                .singleElement().satisfies(view -> {
                    assertThat(view.nomineeId()).isNull();
                    assertThat(view.decidedAt()).isNull();
                    assertThat(view.outcome()).isNull();
                });
        assertThat(projection.handle(new FindNominationsQuery("school-2", null, null))).isEmpty();
    }
}
