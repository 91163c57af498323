package kg.mektep.birikme.command.plan;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ROLE;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.mektep.birikme.api.common.CanonicalJson;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.plan.ActivityKind;
import kg.mektep.birikme.api.plan.AnnualPlanApprovedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanContent;
import kg.mektep.birikme.api.plan.AnnualPlanDraftedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanReturnedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanRevisedEvent;
import kg.mektep.birikme.api.plan.AnnualPlanSubmittedEvent;
import kg.mektep.birikme.api.plan.IndividualPlanContent;
import kg.mektep.birikme.api.plan.MethodologicalTheme;
import kg.mektep.birikme.api.plan.MonthlyPlanDraftedEvent;
import kg.mektep.birikme.api.plan.PlanGrounds;
import kg.mektep.birikme.api.plan.PlannedActivity;
import kg.mektep.birikme.command.association.AssociationRegistry;

/**
 * One school's Kyrgyz-language association and its plans for 2025-2026, shared by the plan
 * aggregate tests: ids, actors, plan texts and the events that a plan's history is made of.
 */
final class PlanTestData {

    static final String SCHOOL = "bishkek-school-61";
    static final String OTHER_SCHOOL = "osh-school-5";
    /** «Кыргыз тили жана адабияты» association of the school. */
    static final String ASSOCIATION = "ma-kyrgyz-tili";
    /** An association of another school: from this school it must look unknown. */
    static final String OTHER_SCHOOLS_ASSOCIATION = "ma-osh-matematika";
    static final String DISSOLVED_ASSOCIATION = "ma-emgek";
    static final int YEAR = 2025;
    /** Today at the school, as the plan's tests have it: the first day of {@link #YEAR}'s school year. */
    static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
    static final String PLAN = "annual-plan-ma-kyrgyz-tili-2025";

    /** Гүлнара Сүйүнбаева, chair of the association. */
    static final String CHAIR_ID = "t-gulnara";
    /** Айгүл Өмүрбекова, member. */
    static final String TEACHER_ID = "t-aigul";
    /** Чолпон Жээнбекова, member. */
    static final String SECOND_TEACHER_ID = "t-cholpon";
    /** Бакыт Сөөнбаев teaches at the school but is in no association. */
    static final String OUTSIDER_ID = "t-bakyt";
    /** Нургүл Токтосунова, deputy director for teaching and upbringing work (ОТИ). */
    static final String DEPUTY_ID = "d-nurgul";

    static final String RETURN_COMMENTS =
            "Ачык сабактардын графигине 10-класстарды кошуңуз; райондук сунуштарды эске алыңыз.";

    private PlanTestData() {
    }

    static InMemoryAssociationRegistry registry() {
        return new InMemoryAssociationRegistry()
                .withAssociation(ASSOCIATION, SCHOOL, CHAIR_ID, TEACHER_ID, SECOND_TEACHER_ID, "t-tologon", "t-meerim")
                // Protocol no. 2 of 26 September 2025: the quorate meeting whose resolution approves plans.
                .withProtocol(ASSOCIATION, YEAR, 2, LocalDate.of(2025, 9, 26), true)
                .withProtocol(ASSOCIATION, YEAR, 3, LocalDate.of(2025, 10, 3), false)
                .withAssociation(OTHER_SCHOOLS_ASSOCIATION, OTHER_SCHOOL, "o-1", "o-2", "o-3", "o-4")
                .withAssociation(DISSOLVED_ASSOCIATION, SCHOOL, "t-ulan", "t-saadat", "t-kanykei", "t-erkin")
                .dissolve(DISSOLVED_ASSOCIATION);
    }

    // --- who acts ---------------------------------------------------------------------------

    static Map<String, String> actingAs(Role role, String actorId) {
        return Map.of(ACTOR_ROLE, role.name(), ACTOR_ID, actorId);
    }

    /** A signed-in teacher: the user acts as that teacher of the staff registry. */
    static Map<String, String> asTeacher(String teacherId) {
        return Map.of(ACTOR_ROLE, Role.TEACHER.name(), ACTOR_ID, "user-" + teacherId, ACTOR_TEACHER_ID, teacherId);
    }

    /** The teacher the association elected: CHAIR is never granted, it follows from the election. */
    static Map<String, String> asChair() {
        return asTeacher(CHAIR_ID);
    }

    static Map<String, String> asTeacher() {
        return asTeacher(TEACHER_ID);
    }

    static Map<String, String> asDeputy() {
        return actingAs(Role.DEPUTY_TEACHING, DEPUTY_ID);
    }

    // --- plan texts -------------------------------------------------------------------------

    static MethodologicalTheme theme() {
        return new MethodologicalTheme(
                "Окуучулардын функционалдык сабаттуулугун өнүктүрүү",
                "Кыргыз тили жана адабият сабактарында окуучулардын окуу сабаттуулугун жогорулатуу",
                List.of("Сабакта текст менен иштөөнүн жаңы ыкмалары", "Жаш мугалимдерге усулдук жардам"),
                List.of("Ар бир чейректе ачык сабак өткөрүү", "Функционалдык сабаттуулук боюнча тапшырмалар банкын түзүү"));
    }

    static PlanGrounds grounds() {
        return new PlanGrounds("Мектептин 2025-2026-окуу жылына иш планы",
                "Райондук билим берүү бөлүмүнүн усулдук сунуштары");
    }

    static PlannedActivity openLesson(String teacherId, String topic, String className) {
        return new PlannedActivity(ActivityKind.OPEN_LESSON, "Ачык сабак: «Манас» эпосу",
                LocalDate.of(2025, 11, 12), teacherId, topic, className);
    }

    static PlannedActivity openLesson() {
        return openLesson(TEACHER_ID, "«Көкөтөйдүн ашы»: эпостогу салт-санаа", "8-Б");
    }

    static PlannedActivity activity(ActivityKind kind, String title, LocalDate date) {
        return new PlannedActivity(kind, title, date, null, null, null);
    }

    static List<PlannedActivity> activities() {
        return List.of(
                activity(ActivityKind.MEETING, "Отурум №1: жылдык планды талкуулоо", LocalDate.of(2025, 9, 1)),
                openLesson(),
                activity(ActivityKind.SEMINAR, "Семинар: окуу сабаттуулугун баалоонун жолдору", LocalDate.of(2026, 1, 22)),
                activity(ActivityKind.EXTRACURRICULAR_EVENT, "Эне тил майрамы: «Тилим — түгөнбөс байлыгым»",
                        LocalDate.of(2025, 9, 23)),
                activity(ActivityKind.MEETING, "Акыркы отурум: жылдын жыйынтыгы", LocalDate.of(2026, 8, 31)));
    }

    static AnnualPlanContent annualContent() {
        return new AnnualPlanContent(theme(), activities(), grounds());
    }

    /** The first text with one more open lesson: what the chair sends as a revision. */
    static AnnualPlanContent amendedContent() {
        List<PlannedActivity> activities = new ArrayList<>(activities());
        activities.add(new PlannedActivity(ActivityKind.OPEN_LESSON, "Ачык сабак: Ч. Айтматовдун «Биринчи мугалим» повести",
                LocalDate.of(2026, 2, 11), SECOND_TEACHER_ID, "Дүйшөндүн образы", "9-А"));
        return new AnnualPlanContent(theme(), List.copyOf(activities), grounds());
    }

    static AnnualPlanContent withTheme(MethodologicalTheme theme) {
        return new AnnualPlanContent(theme, activities(), grounds());
    }

    static AnnualPlanContent withActivities(List<PlannedActivity> activities) {
        return new AnnualPlanContent(theme(), activities, grounds());
    }

    static AnnualPlanContent withGrounds(PlanGrounds grounds) {
        return new AnnualPlanContent(theme(), activities(), grounds);
    }

    static List<String> monthItems() {
        return List.of("Отурум №2: функционалдык сабаттуулук боюнча тапшырмаларды талкуулоо",
                "Өз ара сабакка катышуу: 7-класстарда кыргыз тили",
                "Жаш мугалим Мээрим Үсөнова менен насаатчылык иш");
    }

    static IndividualPlanContent individualContent() {
        return new IndividualPlanContent(
                List.of("«Манас» эпосу боюнча ачык сабак даярдоо (8-Б класс)",
                        "Окуучулардын окуу сабаттуулугун чейрек сайын баалоо"),
                "Кыргыз тили сабагында окуу сабаттуулугун өнүктүрүүчү тапшырмалар",
                List.of("Адабият окуу жана конспект түзүү", "Усулдук бирикменин отурумунда отчет берүү"));
    }

    static IndividualPlanContent revisedIndividualContent() {
        return new IndividualPlanContent(
                List.of("«Манас» эпосу боюнча ачык сабак даярдоо (8-Б класс)",
                        "Окуучулардын окуу сабаттуулугун чейрек сайын баалоо",
                        "Райондук семинарда тажрыйба менен бөлүшүү"),
                "Кыргыз тили сабагында окуу сабаттуулугун өнүктүрүүчү тапшырмалар",
                List.of("Адабият окуу жана конспект түзүү", "Усулдук бирикменин отурумунда отчет берүү"));
    }

    /** Protocol No. 2 of the association's meeting of 26 September 2025. */
    static DocumentRef protocol() {
        return new DocumentRef("2", LocalDate.of(2025, 9, 26));
    }

    // --- an annual plan's history -----------------------------------------------------------

    static AnnualPlanDraftedEvent drafted() {
        return new AnnualPlanDraftedEvent(PLAN, SCHOOL, ASSOCIATION, YEAR, 1, annualContent(),
                CanonicalJson.sha256(annualContent()));
    }

    static AnnualPlanRevisedEvent revised(int version, AnnualPlanContent content) {
        return new AnnualPlanRevisedEvent(PLAN, SCHOOL, ASSOCIATION, version, content, CanonicalJson.sha256(content));
    }

    static AnnualPlanSubmittedEvent submitted(int version, AnnualPlanContent content) {
        return new AnnualPlanSubmittedEvent(PLAN, SCHOOL, ASSOCIATION, version, CanonicalJson.sha256(content));
    }

    static AnnualPlanReturnedEvent returned(int version) {
        return new AnnualPlanReturnedEvent(PLAN, SCHOOL, ASSOCIATION, version, RETURN_COMMENTS);
    }

    static AnnualPlanApprovedEvent approved(int version, AnnualPlanContent content) {
        return new AnnualPlanApprovedEvent(PLAN, SCHOOL, ASSOCIATION, YEAR, version, CanonicalJson.sha256(content),
                DEPUTY_ID, Role.DEPUTY_TEACHING.name());
    }

    static MonthlyPlanDraftedEvent monthDrafted(YearMonth month) {
        return new MonthlyPlanDraftedEvent(PLAN, SCHOOL, ASSOCIATION, month, monthItems());
    }
}
