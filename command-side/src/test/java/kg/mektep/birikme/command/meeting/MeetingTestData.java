package kg.mektep.birikme.command.meeting;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.common.CanonicalJson;
import kg.mektep.birikme.api.meeting.Absence;
import kg.mektep.birikme.api.meeting.Heard;
import kg.mektep.birikme.api.meeting.ProtocolBooks;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.command.school.SchoolCalendar;
import kg.mektep.birikme.api.meeting.RecordProtocolCommand;
import kg.mektep.birikme.api.meeting.Resolution;
import kg.mektep.birikme.command.archive.InMemoryArchiveRegistry;
import kg.mektep.birikme.command.plan.InMemoryAssociationRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * The Kyrgyz-language association of a Bishkek school, its four members and the protocols of its
 * meetings in 2025-2026, shared by the protocol book tests.
 */
final class MeetingTestData {

    static final String SCHOOL = "bishkek-school-61";
    static final String OTHER_SCHOOL = "osh-school-5";
    /** «Кыргыз тили жана адабияты» association of the school. */
    static final String ASSOCIATION = "ma-kyrgyz-tili";
    /** «Математика» association of the same school. */
    static final String MATH_ASSOCIATION = "ma-matematika";
    /** An association of another school: from this school it must look unknown. */
    static final String OTHER_SCHOOLS_ASSOCIATION = "ma-osh-matematika";
    /** «Эмгек» association, dissolved by order. */
    static final String DISSOLVED_ASSOCIATION = "ma-emgek";

    static final int YEAR = 2025;
    static final String BOOK = ProtocolBooks.idOf(ASSOCIATION, YEAR);
    static final String NEXT_YEARS_BOOK = ProtocolBooks.idOf(ASSOCIATION, YEAR + 1);

    /** Гүлнара Сүйүнбаева, elected chair of the association. */
    static final String CHAIR = "t-gulnara";
    /** Айгүл Өмүрбекова, member. */
    static final String AIGUL = "t-aigul";
    /** Чолпон Жээнбекова, member. */
    static final String CHOLPON = "t-cholpon";
    /** Нурбек Үсөнов, member. */
    static final String NURBEK = "t-nurbek";
    /** Бакыт Сөөнбаев teaches at the school but is not a member. */
    static final String OUTSIDER = "t-bakyt";
    /** Асел Төлөгөнова, chair of the mathematics association. */
    static final String ASEL = "t-asel";
    static final int MEMBERS = 4;

    /** Айгүл Өмүрбекованын 2025-2026 жеке планы. */
    static final String AIGULS_PLAN = "individual-plan-t-aigul-2025";
    /** A plan of a member of the mathematics association. */
    static final String ASELS_PLAN = "individual-plan-t-asel-2025";

    static final LocalDate FIRST_MEETING = LocalDate.of(2025, 9, 5);
    static final LocalDate SECOND_MEETING = LocalDate.of(2025, 11, 3);
    /** At the end of the year (from 1 May), when the deputy analyses it. */
    static final LocalDate LAST_MEETING = LocalDate.of(2026, 5, 27);
    /** The end of the school year, from 1 May as configured by default; made for each fixture. */
    static YearEnd yearEnd() {
        return YearEnd.from(java.time.MonthDay.of(5, 1));
    }
    static final LocalDate THIRD_MEETING = LocalDate.of(2026, 1, 12);

    static final List<String> AGENDA = List.of(
            "2025-2026-окуу жылынын иш планын талкуулоо",
            "Мугалимдердин жеке пландарын бекитүү");

    private MeetingTestData() {
    }

    static InMemoryAssociationRegistry registry() {
        return new InMemoryAssociationRegistry()
                .withAssociation(ASSOCIATION, SCHOOL, CHAIR, AIGUL, CHOLPON, NURBEK)
                .withAssociation(MATH_ASSOCIATION, SCHOOL, ASEL, OUTSIDER)
                .withAssociation(OTHER_SCHOOLS_ASSOCIATION, OTHER_SCHOOL, "t-osh-chair", "t-osh-member")
                .withAssociation(DISSOLVED_ASSOCIATION, SCHOOL, CHAIR, AIGUL)
                .dissolve(DISSOLVED_ASSOCIATION)
                .withIndividualPlanOf(AIGULS_PLAN, ASSOCIATION)
                .withIndividualPlanOf(ASELS_PLAN, MATH_ASSOCIATION);
    }

    static FixtureConfiguration<ProtocolBook> fixture() {
        return fixture(new Today());
    }

    static FixtureConfiguration<ProtocolBook> fixture(Today today) {
        FixtureConfiguration<ProtocolBook> fixture = new AggregateTestFixture<>(ProtocolBook.class);
        fixture.registerInjectableResource(registry());
        fixture.registerInjectableResource(new InMemoryArchiveRegistry());
        fixture.registerInjectableResource(today);
        fixture.registerInjectableResource(yearEnd());
        return fixture;
    }

    /** Today in the school: years after every meeting the tests record, unless a test names the day. */
    static final class Today implements SchoolCalendar {
        private final LocalDate day;

        Today() {
            this(LocalDate.of(2030, 8, 31));
        }

        Today(LocalDate day) {
            this.day = day;
        }

        @Override
        public LocalDate today(String schoolId) {
            return day;
        }
    }

    static Map<String, Object> as(String teacherId) {
        return Map.of(ACTOR_TEACHER_ID, teacherId);
    }

    static Map<String, Object> asChair() {
        return as(CHAIR);
    }

    static Resolution resolution(String text) {
        return new Resolution(text, List.of(CHAIR), LocalDate.of(2025, 9, 30), null);
    }

    static Resolution approving(String planId) {
        return new Resolution("Айгүл Өмүрбекованын жеке планы бекитилсин", List.of(AIGUL), null, planId);
    }

    static final List<Resolution> RESOLUTIONS = List.of(
            resolution("Бирикменин 2025-2026-окуу жылынын иш планы кабыл алынсын"),
            approving(AIGULS_PLAN));

    /** Everyone present, the usual agenda and two resolutions. */
    static ProtocolContent protocol(LocalDate date) {
        return protocol(date, List.of(CHAIR, AIGUL, CHOLPON, NURBEK), List.of(), RESOLUTIONS);
    }

    static ProtocolContent protocol(LocalDate date, List<String> present, List<Absence> absences) {
        return protocol(date, present, absences, RESOLUTIONS);
    }

    static ProtocolContent protocol(LocalDate date, List<String> present, List<Absence> absences,
                                    List<Resolution> resolutions) {
        return new ProtocolContent(date, present, absences, List.of("Райондук методист Бүбүсара Өмүрова"), AGENDA,
                List.of(new Heard(CHAIR, "Өткөн окуу жылындагы бирикменин ишинин жыйынтыгы"),
                        new Heard(AIGUL, "Жеке пландын долбоору")),
                resolutions);
    }

    static ProtocolContent withAgenda(ProtocolContent c, List<String> agenda) {
        return new ProtocolContent(c.date(), c.presentIds(), c.absences(), c.guests(), agenda, c.heard(),
                c.resolutions());
    }

    static Absence ill(String teacherId) {
        return new Absence(teacherId, "Ооруп калды (больничный баракча)");
    }

    static RecordProtocolCommand record(ProtocolContent content) {
        return new RecordProtocolCommand(BOOK, SCHOOL, ASSOCIATION, YEAR, content);
    }

    static ProtocolRecordedEvent recorded(int number, ProtocolContent content, boolean quorate) {
        return new ProtocolRecordedEvent(BOOK, SCHOOL, ASSOCIATION, YEAR, number, content, MEMBERS, quorate,
                CanonicalJson.sha256(content));
    }

    static ProtocolRecordedEvent recorded(int number, ProtocolContent content) {
        return recorded(number, content, true);
    }
}
