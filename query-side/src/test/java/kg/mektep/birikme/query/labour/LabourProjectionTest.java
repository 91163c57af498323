package kg.mektep.birikme.query.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.labour.FindLabourCoefficientsQuery;
import kg.mektep.birikme.api.labour.FindLabourCommissionQuery;
import kg.mektep.birikme.api.labour.LabourCoefficientSetEvent;
import kg.mektep.birikme.api.labour.LabourCoefficientView;
import kg.mektep.birikme.api.labour.LabourCommissionFormedEvent;
import kg.mektep.birikme.api.labour.LabourCommissionView;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import kg.mektep.birikme.query.school.StaffProjectionAccess;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class LabourProjectionTest {

    private static final String SCHOOL = "school-1";
    private static final String MA = "ma-1";
    private static final String COMMISSION = "labour-commission-ma-1";
    private static final DocumentRef PROTOCOL = new DocumentRef("2", LocalDate.of(2026, 9, 25));
    private static final LocalDate OCTOBER_1 = LocalDate.of(2026, 10, 1);
    private static final LocalDate OCTOBER_31 = LocalDate.of(2026, 10, 31);
    private static final Instant FIRST = Instant.parse("2026-11-02T04:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-11-03T05:30:00Z");

    private LabourProjection projection;
    private JdbcClient jdbc;

    @BeforeEach
    void freshReadModels() {
        jdbc = ReadModelDatabase.fresh();
        jdbc.sql("TRUNCATE rm_labour_commission, rm_labour_commission_member, rm_labour_coefficient").update();
        projection = new LabourProjection(jdbc);
        StaffProjectionAccess staff = new StaffProjectionAccess(jdbc);
        staff.on(new SchoolRegisteredEvent(SCHOOL, "№5 мектеп", "Бишкек", "Asia/Bishkek"));
        staff.on(teacher("t1", "Айгүл Сыдыкова"));
        staff.on(teacher("t2", "Нурбек Өмүров"));
        staff.on(teacher("t3", "Чыңгыз Үсөнов"));
        staff.on(teacher("t4", "Мөлтүр Ңазарова"));
        for (String member : List.of("t1", "t2", "t3", "t4")) {
            jdbc.sql("INSERT INTO rm_association_member (association_id, teacher_id) VALUES (?, ?)").params(MA, member)
                    .update();
        }
    }

    private static TeacherRegisteredEvent teacher(String id, String name) {
        return new TeacherRegisteredEvent(id, SCHOOL, name, List.of("Математика"), LocalDate.of(2015, 9, 1));
    }

    private static LabourCoefficientSetEvent set(String member, LocalDate from, LocalDate to, String value, int revision,
                                                 String by) {
        return new LabourCoefficientSetEvent(COMMISSION, SCHOOL, MA, member, from, to, new BigDecimal(value), revision, by);
    }

    @Test
    void theCommissionAsLastFormedWithNames() {
        projection.on(new LabourCommissionFormedEvent(COMMISSION, SCHOOL, MA, List.of("t1", "t2", "t3"), "t2", PROTOCOL,
                "t1"), FIRST);
        projection.on(new LabourCommissionFormedEvent(COMMISSION, SCHOOL, MA, List.of("t3", "t1"), "t3",
                new DocumentRef("5", LocalDate.of(2027, 1, 14)), "t1"), SECOND);

        LabourCommissionView commission = projection.handle(new FindLabourCommissionQuery(SCHOOL, MA)).orElseThrow();
        assertThat(commission.headName()).isEqualTo("Чыңгыз Үсөнов");
        assertThat(commission.members()).extracting(LabourCommissionView.CommissionMember::fullName)
                .containsExactly("Чыңгыз Үсөнов", "Айгүл Сыдыкова");
        assertThat(commission.protocol()).isEqualTo(new DocumentRef("5", LocalDate.of(2027, 1, 14)));
        assertThat(commission.formedAt()).isEqualTo(SECOND);
        assertThat(projection.handle(new FindLabourCommissionQuery("school-2", MA))).isEmpty();
    }

    @Test
    void membersWhoLeftTheAssociationSitOnItsCommissionNoMore() {
        projection.on(new LabourCommissionFormedEvent(COMMISSION, SCHOOL, MA, List.of("t1", "t2", "t3"), "t2", PROTOCOL,
                "t1"), FIRST);
        jdbc.sql("DELETE FROM rm_association_member WHERE association_id = ? AND teacher_id IN ('t2', 't3')").param(MA)
                .update();

        LabourCommissionView commission = projection.handle(new FindLabourCommissionQuery(SCHOOL, MA)).orElseThrow();

        assertThat(commission.members()).extracting(LabourCommissionView.CommissionMember::teacherId)
                .containsExactly("t1");
        assertThat(commission.headId()).as("the head left too").isNull();
        assertThat(commission.headName()).isNull();
        assertThat(commission.protocol()).isEqualTo(PROTOCOL);
    }

    @Test
    void theLatestAssessmentIsInForceAndTheEarlierOnesStay() {
        projection.on(set("t4", OCTOBER_1, OCTOBER_31, "1.20", 1, "t2"), FIRST);
        projection.on(set("t4", OCTOBER_1, OCTOBER_31, "1.35", 2, "t3"), SECOND);
        projection.on(set("t1", OCTOBER_1, OCTOBER_31, "0.90", 1, "t2"), FIRST);
        // A redelivered event changes nothing.
        projection.on(set("t4", OCTOBER_1, OCTOBER_31, "1.20", 1, "t2"), FIRST);

        List<LabourCoefficientView> october = projection.handle(new FindLabourCoefficientsQuery(SCHOOL, MA, 2026));

        assertThat(october).extracting(LabourCoefficientView::memberName)
                .containsExactly("Айгүл Сыдыкова", "Мөлтүр Ңазарова");
        LabourCoefficientView moltur = october.get(1);
        assertThat(moltur.value()).isEqualByComparingTo("1.35");
        assertThat(moltur.revision()).isEqualTo(2);
        assertThat(moltur.setByName()).isEqualTo("Чыңгыз Үсөнов");
        assertThat(moltur.setAt()).isEqualTo(SECOND);
        assertThat(moltur.earlier()).singleElement().satisfies(earlier -> {
            assertThat(earlier.value()).isEqualByComparingTo("1.20");
            assertThat(earlier.setByName()).isEqualTo("Нурбек Өмүров");
            assertThat(earlier.setAt()).isEqualTo(FIRST);
        });
        assertThat(october.get(0).earlier()).isEmpty();
    }

    @Test
    void eachPeriodStandsApartAndBelongsToItsSchoolYear() {
        projection.on(set("t4", OCTOBER_1, OCTOBER_31, "1.20", 1, "t2"), FIRST);
        projection.on(set("t4", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31), "1.10", 1, "t2"), FIRST);
        projection.on(set("t4", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 30), "1.00", 1, "t2"), FIRST);

        assertThat(projection.handle(new FindLabourCoefficientsQuery(SCHOOL, MA, 2026)))
                .extracting(LabourCoefficientView::from, LabourCoefficientView::to)
                .containsExactly(tuple(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)),
                        tuple(OCTOBER_1, OCTOBER_31));
        assertThat(projection.handle(new FindLabourCoefficientsQuery(SCHOOL, MA, 2027))).hasSize(1);
        assertThat(projection.handle(new FindLabourCoefficientsQuery("school-2", MA, 2026))).isEmpty();
    }
}
