package kg.mektep.birikme.query.association;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationDissolvedEvent;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.association.AssociationReorganisedEvent;
import kg.mektep.birikme.api.association.AssociationSummary;
import kg.mektep.birikme.api.association.ChairConfirmedEvent;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import kg.mektep.birikme.api.association.ChairVacatedEvent;
import kg.mektep.birikme.api.association.FindAssociationsQuery;
import kg.mektep.birikme.api.association.FindMembersQuery;
import kg.mektep.birikme.api.association.MemberAddedEvent;
import kg.mektep.birikme.api.association.MemberList;
import kg.mektep.birikme.api.association.MemberRemovedEvent;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import kg.mektep.birikme.query.school.StaffProjectionAccess;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class AssociationProjectionTest {

    private static final String SCHOOL = "school-1";
    private static final String MA = "ma-1";
    private static final DocumentRef ORDER = new DocumentRef("45", LocalDate.of(2026, 8, 28));
    private static final Proposal PROPOSAL = new Proposal(Role.DEPUTY_TEACHING, "12", LocalDate.of(2026, 8, 25));
    /** 25 November 2026, noon in Bishkek. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC);

    private JdbcClient jdbc;
    private AssociationProjection projection;
    private AssociationQueries queries;

    @BeforeEach
    void freshReadModels() {
        jdbc = ReadModelDatabase.fresh();
        projection = new AssociationProjection(jdbc);
        queries = new AssociationQueries(jdbc, NOW);
        StaffProjectionAccess staff = new StaffProjectionAccess(jdbc);
        staff.on(new SchoolRegisteredEvent(SCHOOL, "№5 мектеп", "Бишкек", "Asia/Bishkek"));
        staff.on(teacher("t1", "Айгүл Сыдыкова", LocalDate.of(2010, 9, 1)));
        staff.on(teacher("t2", "Нурбек Өмүров", LocalDate.of(2024, 9, 1)));
        staff.on(teacher("t3", "Чыңгыз Үсөнов", LocalDate.of(2023, 11, 25)));
        staff.on(teacher("t4", "Гүлнара Бекова", LocalDate.of(2023, 11, 26)));
        staff.on(teacher("t5", "Мөлтүр Ңазарова", LocalDate.of(2015, 9, 1)));
    }

    private static TeacherRegisteredEvent teacher(String id, String name, LocalDate hired) {
        return new TeacherRegisteredEvent(id, SCHOOL, name, List.of("Математика"), hired);
    }

    private static AssociationCreatedEvent created() {
        return new AssociationCreatedEvent(MA, SCHOOL, "Математика бирикмеси", AssociationKind.SUBJECT_AREA,
                List.of("Математика жана информатика"), List.of("Математика"), List.of("t1", "t2", "t3", "t4"),
                ORDER, PROPOSAL, new DocumentRef("1", LocalDate.of(2026, 8, 20)),
                new DocumentRef("1", LocalDate.of(2026, 8, 22)));
    }

    private AssociationSummary summary() {
        List<AssociationSummary> all = queries.handle(new FindAssociationsQuery(SCHOOL));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private MemberList members() {
        return queries.handle(new FindMembersQuery(SCHOOL, MA)).orElseThrow();
    }

    @Test
    void createdAssociationIsListedWithItsMembers() {
        projection.on(created());

        AssociationSummary summary = summary();
        assertThat(summary.name()).isEqualTo("Математика бирикмеси");
        assertThat(summary.kind()).isEqualTo(AssociationKind.SUBJECT_AREA);
        assertThat(summary.status()).isEqualTo("ACTIVE");
        assertThat(summary.memberCount()).isEqualTo(4);
        assertThat(summary.chairId()).isNull();
        assertThat(members().members()).extracting(MemberList.Member::fullName)
                .containsExactly("Айгүл Сыдыкова", "Гүлнара Бекова", "Нурбек Өмүров", "Чыңгыз Үсөнов");
    }

    /** Ң after Н, Ө after О, Ү after У: the Kyrgyz alphabet, not the order of the letters' codes (Ө after Я). */
    @Test
    void membersAreListedInTheOrderOfTheKyrgyzAlphabet() {
        StaffProjectionAccess staff = new StaffProjectionAccess(jdbc);
        staff.on(teacher("t6", "Өмүр Асанов", LocalDate.of(2012, 9, 1)));
        staff.on(teacher("t7", "Орозбек Алиев", LocalDate.of(2012, 9, 1)));
        staff.on(teacher("t8", "Яна Петрова", LocalDate.of(2012, 9, 1)));
        staff.on(teacher("t9", "Үмүт Бакирова", LocalDate.of(2012, 9, 1)));
        staff.on(teacher("t10", "Уулкан Токтоматова", LocalDate.of(2012, 9, 1)));
        projection.on(new AssociationCreatedEvent(MA, SCHOOL, "Математика бирикмеси", AssociationKind.SUBJECT_AREA,
                List.of("Математика жана информатика"), List.of("Математика"),
                List.of("t8", "t6", "t9", "t7", "t5", "t2", "t10"), ORDER, PROPOSAL,
                new DocumentRef("1", LocalDate.of(2026, 8, 20)), new DocumentRef("1", LocalDate.of(2026, 8, 22))));

        assertThat(members().members()).extracting(MemberList.Member::fullName).containsExactly(
                "Мөлтүр Ңазарова", "Нурбек Өмүров", "Орозбек Алиев", "Өмүр Асанов", "Уулкан Токтоматова",
                "Үмүт Бакирова", "Яна Петрова");
    }

    @Test
    void youngTeachersAreThoseInTheirFirstThreeYearsAsOfTodayInBishkek() {
        projection.on(created());

        assertThat(members().members()).extracting(MemberList.Member::teacherId, MemberList.Member::youngTeacher)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("t1", false),
                        org.assertj.core.groups.Tuple.tuple("t2", true),
                        // hired exactly three years ago today: no longer young
                        org.assertj.core.groups.Tuple.tuple("t3", false),
                        org.assertj.core.groups.Tuple.tuple("t4", true));
    }

    @Test
    void chairIsElectedConfirmedAndVacated() {
        projection.on(created());
        projection.on(new ChairElectedEvent(MA, SCHOOL, "t2", LocalDate.of(2026, 9, 2)));
        assertThat(summary().chairName()).isEqualTo("Нурбек Өмүров");
        assertThat(summary().chairConfirmed()).isFalse();
        assertThat(members().members()).filteredOn(m -> m.role().equals("CHAIR"))
                .extracting(MemberList.Member::teacherId).containsExactly("t2");

        projection.on(new ChairConfirmedEvent(MA, SCHOOL, "t2", new DocumentRef("50", LocalDate.of(2026, 9, 3))));
        assertThat(summary().chairConfirmed()).isTrue();

        projection.on(new MemberAddedEvent(MA, SCHOOL, "t5"));
        projection.on(new MemberRemovedEvent(MA, SCHOOL, "t2", "Башка мектепке кетти"));
        projection.on(new ChairVacatedEvent(MA, SCHOOL, "t2"));
        assertThat(summary().chairId()).isNull();
        assertThat(summary().chairConfirmed()).isFalse();
        assertThat(summary().memberCount()).isEqualTo(4);
    }

    @Test
    void reorganisationRenamesAndMovesMembers() {
        projection.on(created());
        projection.on(new AssociationReorganisedEvent(MA, SCHOOL, "Так илимдер бирикмеси", AssociationKind.SUBJECT_AREA,
                List.of("Табигый илимдер"), List.of("Математика", "Физика"), List.of("t5"), List.of("t1"),
                ORDER, PROPOSAL));

        assertThat(summary().name()).isEqualTo("Так илимдер бирикмеси");
        assertThat(summary().subjects()).containsExactly("Математика", "Физика");
        assertThat(members().members()).extracting(MemberList.Member::teacherId)
                .containsExactlyInAnyOrder("t2", "t3", "t4", "t5");
    }

    @Test
    void dissolvedAssociationStaysListedAsDissolved() {
        projection.on(created());
        projection.on(new AssociationDissolvedEvent(MA, SCHOOL, ORDER, PROPOSAL));

        assertThat(summary().status()).isEqualTo("DISSOLVED");
    }

    @Test
    void handlingEveryEventTwiceLeavesTheSameReadModel() {
        Runnable history = () -> {
            projection.on(created());
            projection.on(new MemberAddedEvent(MA, SCHOOL, "t5"));
            projection.on(new ChairElectedEvent(MA, SCHOOL, "t5", LocalDate.of(2026, 9, 2)));
            projection.on(new MemberRemovedEvent(MA, SCHOOL, "t1", null));
        };
        history.run();
        AssociationSummary once = summary();
        MemberList membersOnce = members();

        history.run();

        assertThat(summary()).isEqualTo(once);
        assertThat(members()).isEqualTo(membersOnce);
    }

    @Test
    void anotherSchoolSeesNoneOfIt() {
        projection.on(created());

        assertThat(queries.handle(new FindAssociationsQuery("school-2"))).isEmpty();
        assertThat(queries.handle(new FindMembersQuery("school-2", MA))).isEmpty();
    }
}
