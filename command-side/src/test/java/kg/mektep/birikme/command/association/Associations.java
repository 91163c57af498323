package kg.mektep.birikme.command.association;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.association.AddMemberCommand;
import kg.mektep.birikme.api.association.AssociationCreatedEvent;
import kg.mektep.birikme.api.association.AssociationDissolvedEvent;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.association.ChairConfirmedEvent;
import kg.mektep.birikme.api.association.ChairElectedEvent;
import kg.mektep.birikme.api.association.ConfirmChairCommand;
import kg.mektep.birikme.api.association.CreateAssociationCommand;
import kg.mektep.birikme.api.association.DissolveAssociationCommand;
import kg.mektep.birikme.api.association.ElectChairCommand;
import kg.mektep.birikme.api.association.MemberAddedEvent;
import kg.mektep.birikme.api.association.MemberRemovedEvent;
import kg.mektep.birikme.api.association.RemoveMemberCommand;
import kg.mektep.birikme.api.association.ReorganiseAssociationCommand;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Proposal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import kg.mektep.birikme.command.school.InMemorySchoolRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * Example data for the association tests: two schools, their teachers, the documents an association
 * rests on, and builders for the commands and events that vary from test to test.
 */
final class Associations {

    static final String SCHOOL = "school-bishkek-5";
    static final String OTHER_SCHOOL = "school-osh-12";
    static final String UNKNOWN_SCHOOL = "school-nowhere";
    static final String ASSOCIATION = "ma-math-physics";
    static final String NAME = "Математика жана физика мугалимдеринин усулдук бирикмеси";
    static final String CLASS_TEACHERS_NAME = "Класс жетекчилердин усулдук бирикмеси";
    static final List<String> AREAS = List.of("Табигый-математикалык билим берүү");
    static final List<String> SUBJECTS = List.of("Математика", "Физика");

    /** Teachers of {@link #SCHOOL}; the first four are the founding members. */
    static final String AIGUL = "teacher-aigul";
    static final String NURBEK = "teacher-nurbek";
    static final String CHYNGYZ = "teacher-chyngyz";
    static final String GULNARA = "teacher-gulnara";
    static final String BAKYT = "teacher-bakyt";
    static final String MEERIM = "teacher-meerim";
    /** Teaches Kyrgyz language and literature: not a subject of the mathematics and physics association. */
    static final String JANYL = "teacher-janyl";
    /**
     * Teaches music; her registration also listed a blank subject, which the teacher's record keeps
     * as an empty entry.
     */
    static final String ASEL = "teacher-asel";
    /** A mathematics teacher, but on the staff of {@link #OTHER_SCHOOL}. */
    static final String AIZHAN = "teacher-aizhan";
    static final String UNKNOWN_TEACHER = "teacher-nobody";
    static final List<String> FOUNDERS = List.of(AIGUL, NURBEK, CHYNGYZ, GULNARA);

    static final DocumentRef PEDAGOGICAL_COUNCIL = new DocumentRef("1", LocalDate.of(2024, 8, 23));
    static final DocumentRef METHODOLOGICAL_COUNCIL = new DocumentRef("1", LocalDate.of(2024, 8, 26));
    static final Proposal PROPOSAL = new Proposal(Role.DEPUTY_TEACHING, "14", LocalDate.of(2024, 8, 27));
    static final DocumentRef ORDER = new DocumentRef("112-ө", LocalDate.of(2024, 8, 29));
    static final LocalDate ELECTION_DAY = LocalDate.of(2024, 9, 5);
    /** Today in the school, for the rules that compare a date with it. */
    static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    static final DocumentRef CHAIR_ORDER = new DocumentRef("131-ө", LocalDate.of(2024, 9, 10));
    static final Proposal LATER_PROPOSAL = new Proposal(Role.DEPUTY_METHODOLOGY, "3", LocalDate.of(2025, 1, 13));
    static final DocumentRef LATER_ORDER = new DocumentRef("7-ө", LocalDate.of(2025, 1, 15));

    private Associations() {
    }

    static InMemorySchoolRegistry registry() {
        LocalDate hired = LocalDate.of(2019, 8, 26);
        return new InMemorySchoolRegistry()
                .on(new SchoolRegisteredEvent(SCHOOL, "Бишкек шаарындагы №5 мектеп-гимназия", "Свердлов району",
                        "Asia/Bishkek"))
                .on(new SchoolRegisteredEvent(OTHER_SCHOOL, "Ош шаарындагы №12 орто мектеби", "Ош", "Asia/Bishkek"))
                .on(new TeacherRegisteredEvent(AIGUL, SCHOOL, "Айгүл Сыдыкова", List.of("Математика"), hired))
                .on(new TeacherRegisteredEvent(NURBEK, SCHOOL, "Нурбек Өмүров", List.of("Физика"), hired))
                .on(new TeacherRegisteredEvent(CHYNGYZ, SCHOOL, "Чыңгыз Төлөгөнов",
                        List.of("Физика", "Астрономия"), hired))
                .on(new TeacherRegisteredEvent(GULNARA, SCHOOL, "Гүлнара Үсөнова",
                        List.of("Информатика", "Математика"), hired))
                .on(new TeacherRegisteredEvent(BAKYT, SCHOOL, "Бакыт Көкөев", List.of("Математика"), hired))
                .on(new TeacherRegisteredEvent(MEERIM, SCHOOL, "Мээрим Жээнбекова", List.of(" физика "), hired))
                .on(new TeacherRegisteredEvent(JANYL, SCHOOL, "Жаңыл Керимова",
                        List.of("Кыргыз тили", "Кыргыз адабияты"), hired))
                .on(new TeacherRegisteredEvent(ASEL, SCHOOL, "Асел Бекова", List.of("Музыка", ""), hired))
                .on(new TeacherRegisteredEvent(AIZHAN, OTHER_SCHOOL, "Айжан Мамытова", List.of("Математика"), hired));
    }

    static FixtureConfiguration<Association> fixture() {
        FixtureConfiguration<Association> fixture = new AggregateTestFixture<>(Association.class);
        fixture.registerInjectableResource(registry());
        // The protocols an election may cite: №1 of the election day was quorate, №2 a week later was not.
        fixture.registerInjectableResource(new kg.mektep.birikme.command.plan.InMemoryAssociationRegistry()
                .withProtocol(ASSOCIATION, 2024, 1, ELECTION_DAY, true)
                .withProtocol(ASSOCIATION, 2024, 2, ELECTION_DAY.plusDays(7), false));
        fixture.registerInjectableResource(kg.mektep.birikme.command.school.TestCalendar.on(TODAY));
        return fixture;
    }

    // ---- creation

    static Creation creation() {
        return new Creation();
    }

    /** A creation command, valid unless a test changes one of its parts. */
    static final class Creation {
        String schoolId = SCHOOL;
        String name = NAME;
        AssociationKind kind = AssociationKind.SUBJECT_AREA;
        List<String> areas = AREAS;
        List<String> subjects = SUBJECTS;
        List<String> members = FOUNDERS;
        DocumentRef order = ORDER;
        Proposal proposal = PROPOSAL;
        DocumentRef pedagogical = PEDAGOGICAL_COUNCIL;
        DocumentRef methodological = METHODOLOGICAL_COUNCIL;

        Creation school(String schoolId) { this.schoolId = schoolId; return this; }
        Creation name(String name) { this.name = name; return this; }
        Creation kind(AssociationKind kind) { this.kind = kind; return this; }
        Creation areas(List<String> areas) { this.areas = areas; return this; }
        Creation subjects(List<String> subjects) { this.subjects = subjects; return this; }
        Creation members(String... members) { this.members = List.of(members); return this; }
        Creation members(List<String> members) { this.members = members; return this; }
        Creation order(DocumentRef order) { this.order = order; return this; }
        Creation proposal(Proposal proposal) { this.proposal = proposal; return this; }
        Creation pedagogicalCouncil(DocumentRef ref) { this.pedagogical = ref; return this; }
        Creation methodologicalCouncil(DocumentRef ref) { this.methodological = ref; return this; }

        /** A class-teacher association: no areas, no subjects. */
        Creation ofClassTeachers() {
            return kind(AssociationKind.CLASS_TEACHERS).name(CLASS_TEACHERS_NAME).areas(List.of()).subjects(List.of());
        }

        CreateAssociationCommand command() {
            return new CreateAssociationCommand(ASSOCIATION, schoolId, name, kind, areas, subjects, members, order,
                    proposal, pedagogical, methodological);
        }

        /** The event this creation records, for tests that start from an existing association. */
        AssociationCreatedEvent event() {
            return new AssociationCreatedEvent(ASSOCIATION, schoolId, name, kind, areas, subjects, members, order,
                    proposal, pedagogical, methodological);
        }
    }

    /** The association of {@link #SCHOOL} with the four founders, as created by {@link #creation()}. */
    static AssociationCreatedEvent created() {
        return creation().event();
    }

    // ---- reorganisation

    static Reorganisation reorganisation() {
        return new Reorganisation();
    }

    /** A reorganisation that keeps name, kind and subjects; tests change what they need. */
    static final class Reorganisation {
        String schoolId = SCHOOL;
        String name = NAME;
        AssociationKind kind = AssociationKind.SUBJECT_AREA;
        List<String> areas = AREAS;
        List<String> subjects = SUBJECTS;
        List<String> members = FOUNDERS;
        DocumentRef order = LATER_ORDER;
        Proposal proposal = LATER_PROPOSAL;

        Reorganisation school(String schoolId) { this.schoolId = schoolId; return this; }
        Reorganisation name(String name) { this.name = name; return this; }
        Reorganisation kind(AssociationKind kind) { this.kind = kind; return this; }
        Reorganisation areas(List<String> areas) { this.areas = areas; return this; }
        Reorganisation subjects(List<String> subjects) { this.subjects = subjects; return this; }
        Reorganisation members(String... members) { this.members = List.of(members); return this; }
        Reorganisation order(DocumentRef order) { this.order = order; return this; }
        Reorganisation proposal(Proposal proposal) { this.proposal = proposal; return this; }

        ReorganiseAssociationCommand command() {
            return new ReorganiseAssociationCommand(ASSOCIATION, schoolId, name, kind, areas, subjects, members,
                    order, proposal);
        }
    }

    // ---- other commands, all for the association of SCHOOL

    static AddMemberCommand addMember(String teacherId) {
        return new AddMemberCommand(ASSOCIATION, SCHOOL, teacherId);
    }

    static RemoveMemberCommand removeMember(String teacherId) {
        return new RemoveMemberCommand(ASSOCIATION, SCHOOL, teacherId, "Башка мектепке которулду");
    }

    /** Clause 5.1: an election is recorded by a member; Нурбек stays a member in every scenario here. */
    static Map<String, Object> recordedByMember() {
        return Map.of(MetadataKeys.ACTOR_TEACHER_ID, NURBEK);
    }

    static ElectChairCommand electChair(String teacherId) {
        return new ElectChairCommand(ASSOCIATION, SCHOOL, teacherId, ELECTION_DAY);
    }

    static ConfirmChairCommand confirmChair(String teacherId) {
        return new ConfirmChairCommand(ASSOCIATION, SCHOOL, teacherId, CHAIR_ORDER);
    }

    static DissolveAssociationCommand dissolution() {
        return new DissolveAssociationCommand(ASSOCIATION, SCHOOL, LATER_ORDER, LATER_PROPOSAL);
    }

    // ---- events

    static MemberAddedEvent memberAdded(String teacherId) {
        return new MemberAddedEvent(ASSOCIATION, SCHOOL, teacherId);
    }

    static MemberRemovedEvent memberRemoved(String teacherId) {
        return new MemberRemovedEvent(ASSOCIATION, SCHOOL, teacherId, "Башка мектепке которулду");
    }

    static ChairElectedEvent chairElected(String teacherId) {
        return new ChairElectedEvent(ASSOCIATION, SCHOOL, teacherId, ELECTION_DAY);
    }

    static ChairConfirmedEvent chairConfirmed(String teacherId) {
        return new ChairConfirmedEvent(ASSOCIATION, SCHOOL, teacherId, CHAIR_ORDER);
    }

    static AssociationDissolvedEvent dissolved() {
        return new AssociationDissolvedEvent(ASSOCIATION, SCHOOL, LATER_ORDER, LATER_PROPOSAL);
    }
}
