package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The director's timelines over HTTP on the service's own clock: a term of two associations with a
 * plan never approved, a resolution past its deadline, a control follow-up never held, an open lesson
 * without its analysis and an olympiad without results; what each timeline puts first in December,
 * in which language, for whom, a page at a time; and in the September after, the year's analyses.
 */
class TimelinesEndToEndTest {

    private static final int YEAR = 2026;

    @TempDir
    Path data;

    private MovableClock clock;
    private long position;

    private void on(String day) {
        clock.moveTo(LocalDate.parse(day));
    }

    private Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201, 202);
        position = Math.max(position, response.position());
        return response;
    }

    private JsonNode read(Api reader, String path) {
        Api.Response response = reader.get(path + (path.contains("?") ? "&" : "?") + "after=" + position);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }

    @Test
    void whatWasDoneByWhomAndWhatIsOverdue() {
        clock = new MovableClock(LocalDate.of(2026, 9, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Bishkek")).toInstant());
        try (RunningApp app = RunningApp.start(data.resolve("postgres"), clock, "--birikme.embedded.durable=false",
                "--birikme.security.session-lifetime=3650d")) {
            School school = School.register(app.admin(), "Нарын шаарындагы №2 мектеп").withTeachers("Математика",
                    "Айгүл Өмүрова", "Бакыт Ңазаров", "Гүлмира Үсөнова", "Данияр Төлөгөнов")
                    .withTeachers("Кыргыз тили", "Элнура Жаңыбаева", "Жыпар Бекова");
            List<String> t = school.teachers;
            String s = "/api/schools/" + school.id;

            // September: two associations, their chairs; one plan approved on time, the other never.
            String math = ok(school.director.post(school.associations(),
                    school.association("Математика бирикмеси", "Математика", t.subList(0, 4)))).id();
            Map<String, Object> languageAndMathematics = new LinkedHashMap<>(
                    school.association("Кыргыз тили бирикмеси", "Кыргыз тили", t.subList(2, 6)));
            languageAndMathematics.put("subjects", List.of("Кыргыз тили", "Математика"));
            String lang = ok(school.director.post(school.associations(), languageAndMathematics)).id();
            String m = school.associations() + "/" + math;
            String l = school.associations() + "/" + lang;
            ok(school.teacher(0).post(m + "/chair/election", Map.of("teacherId", t.get(0), "meetingDate", "2026-09-01")));
            ok(school.teacher(4).post(l + "/chair/election", Map.of("teacherId", t.get(4), "meetingDate", "2026-09-01")));
            on("2026-09-03");
            String mathPlan = ok(school.teacher(0).post(m + "/annual-plans", Map.of("schoolYear", YEAR, "content",
                    plan("Функционалдык сабаттуулук")))).id();
            ok(school.teacher(0).post(s + "/annual-plans/" + mathPlan + "/submission", Map.of()));
            String langPlan = ok(school.teacher(4).post(l + "/annual-plans", Map.of("schoolYear", YEAR, "content",
                    plan("Эне тилин сүйүү")))).id();
            on("2026-09-15");
            ok(school.deputy.post(s + "/annual-plans/" + mathPlan + "/approval", Map.of("version", 1)));

            // The first meeting: one resolution done in time, one never.
            on("2026-09-18");
            ok(school.teacher(0).post(m + "/protocols", Map.of("date", "2026-09-18", "presentIds", t.subList(0, 4),
                    "agenda", List.of("Ачык сабактар", "Олимпиада"),
                    "resolutions", List.of(
                            Map.of("text", "Ачык сабактардын графиги түзүлсүн", "responsibleIds", List.of(t.get(2)),
                                    "deadline", "2026-10-01"),
                            Map.of("text", "Олимпиадага даярдык планы түзүлсүн", "responsibleIds", List.of(t.get(3)),
                                    "deadline", "2026-10-20")))));
            on("2026-09-30");
            ok(school.teacher(0).post(m + "/protocols/" + YEAR + "/1/resolutions/1/completion", Map.of()));

            // Control: the mathematics follow-up is held by a second visit, the language one never.
            on("2026-10-10");
            String mathVisit = ok(school.methodist.post(m + "/control-visits", Map.of("topic", "SUBJECT_WEEKS",
                    "date", "2026-10-10", "findings", "Жумалыктын планы түзүлгөн", "followUp", "2026-10-25"))).id();
            on("2026-10-12");
            String langVisit = ok(school.deputy.post(l + "/control-visits", Map.of("topic", "CLASS_JOURNALS",
                    "date", "2026-10-12", "findings", "Журналдар толук эмес", "followUp", "2026-11-15"))).id();
            on("2026-11-02");
            String mathRevisit = ok(school.methodist.post(m + "/control-visits", Map.of("topic", "SUBJECT_WEEKS",
                    "date", "2026-11-02", "findings", "Сунуштар аткарылды", "followUp", "2026-12-10"))).id();

            // November: an open lesson (recorded the day it is given) without its analysis, an olympiad without results.
            on("2026-11-12");
            String lesson = ok(school.teacher(1).post(m + "/open-lessons", Map.of("teacherId", t.get(1),
                    "className", "5Б", "subject", "Математика", "topic", "Бөлчөктөрдү кошуу", "date", "2026-11-12",
                    "observerIds", List.of(t.get(0), t.get(2))))).id();
            on("2026-11-20");
            String olympiad = ok(school.teacher(4).post(l + "/subject-events", Map.of("kind", "SCHOOL_OLYMPIAD",
                    "title", "Кыргыз тилинен мектептик олимпиада", "subject", "Кыргыз тили",
                    "from", "2026-11-20", "to", "2026-11-21"))).id();

            on("2026-12-01");

            // The director's view of the school: the longest overdue first, each with its days and links.
            JsonNode year = read(school.director, s + "/timeline?year=" + YEAR);
            assertThat(year.path("schoolYearName").asText()).isEqualTo("2026-2027");
            assertThat(year.path("today").asText()).isEqualTo("2026-12-01");
            JsonNode overdue = year.path("overdue");
            assertThat(texts(overdue, "kind")).containsExactly("ANNUAL_PLAN_NOT_APPROVED", "RESOLUTION_OVERDUE",
                    "OPEN_LESSON_ANALYSIS_MISSING", "CONTROL_FOLLOW_UP_OVERDUE", "SUBJECT_EVENT_RESULTS_MISSING");
            assertThat(texts(overdue, "due")).containsExactly("2026-09-30", "2026-10-20", "2026-11-12", "2026-11-15",
                    "2026-11-21");
            assertThat(texts(overdue, "daysOverdue")).containsExactly("62", "42", "19", "16", "10");
            assertThat(texts(overdue, "associationId")).containsExactly(lang, math, math, lang, lang);
            assertThat(overdue.get(0).path("links").path("planId").asText()).isEqualTo(langPlan);
            assertThat(overdue.get(0).path("responsibleIds").get(0).asText()).isEqualTo(t.get(4));
            assertThat(overdue.get(1).path("links").path("protocolNumber").asInt()).isEqualTo(1);
            assertThat(overdue.get(1).path("links").path("resolution").asInt()).isEqualTo(2);
            assertThat(overdue.get(1).path("what").asText()).isEqualTo(
                    "Математика бирикмеси: №1 протоколдун 2-токтому аткарыла элек: «Олимпиадага даярдык планы түзүлсүн»");
            assertThat(overdue.get(2).path("links").path("activityId").asText()).isEqualTo(lesson);
            assertThat(overdue.get(3).path("links").path("visitId").asText()).isEqualTo(langVisit);
            // The control read judges the follow-ups as the timeline does: the mathematics one was
            // checked by the second visit, whose own follow-up is still ahead; the language one is overdue.
            JsonNode mathVisits = read(school.director, m + "/control-visits");
            assertThat(texts(mathVisits, "visitId")).containsExactly(mathVisit, mathRevisit);
            assertThat(texts(mathVisits, "followUpStatus")).containsExactly("CHECKED", "DUE");
            assertThat(mathVisits.get(0).path("checkedBy").asText()).isEqualTo(mathRevisit);
            assertThat(mathVisits.get(1).path("checkedBy").isNull()).isTrue();
            JsonNode langVisits = read(school.director, l + "/control-visits");
            assertThat(texts(langVisits, "followUpStatus")).containsExactly("OVERDUE");
            assertThat(overdue.get(4).path("links").path("activityId").asText()).isEqualTo(olympiad);
            Map<String, Integer> overdueByAssociation = new HashMap<>();
            year.path("associations").forEach(a -> overdueByAssociation.put(a.path("associationId").asText(),
                    a.path("overdue").asInt()));
            assertThat(overdueByAssociation).isEqualTo(Map.of(math, 2, lang, 3));

            // Every entry of the year, in time order, counted by month as the log counts them.
            JsonNode all = year.path("entries");
            assertThat(all.size()).isEqualTo(year.path("total").asInt());
            assertThat(all.get(0).path("eventType").asText()).isEqualTo("SchoolRegisteredEvent");
            for (int i = 1; i < all.size(); i++) {
                assertThat(Instant.parse(all.get(i).path("time").asText()))
                        .isAfterOrEqualTo(Instant.parse(all.get(i - 1).path("time").asText()));
            }
            long counted = 0;
            for (String month : List.of("2026-09", "2026-10", "2026-11", "2026-12")) {
                LocalDate first = LocalDate.parse(month + "-01");
                long logged = read(school.director, "/api/log/events?school=" + school.id + "&since=" + first
                        + "&until=" + first.plusMonths(1).minusDays(1) + "&count=true&limit=1").path("total").asLong();
                assertThat(year.path("months").path(month).asLong()).as(month).isEqualTo(logged);
                counted += logged;
            }
            assertThat(year.path("months").size()).isEqualTo(12);
            assertThat(year.path("months").path("2026-12").asLong()).isZero();
            assertThat(year.path("total").asLong()).isEqualTo(counted);

            // A page at a time: the pages together are the year, each entry once.
            List<Long> paged = new ArrayList<>();
            String cursor = "";
            do {
                JsonNode page = read(school.director, s + "/timeline?year=" + YEAR + "&limit=7" + cursor);
                assertThat(page.path("entries").size()).isLessThanOrEqualTo(7);
                assertThat(texts(page.path("overdue"), "kind")).hasSize(5);
                page.path("entries").forEach(entry -> paged.add(entry.path("position").asLong()));
                cursor = page.path("next").isNull() ? null : "&cursor=" + page.path("next").asLong();
            } while (cursor != null);
            List<Long> whole = new ArrayList<>();
            all.forEach(entry -> whole.add(entry.path("position").asLong()));
            assertThat(paged).isEqualTo(whole);

            // In Russian, the Kyrgyz names and texts kept as they were written.
            JsonNode russian = read(school.director.inLanguage("ru"), s + "/timeline?year=" + YEAR);
            assertThat(russian.path("overdue").get(0).path("what").asText())
                    .isEqualTo("Кыргыз тили бирикмеси: план работы на 2026-2027 учебный год не утверждён");
            assertThat(russian.path("overdue").get(1).path("what").asText()).endsWith("«Олимпиадага даярдык планы түзүлсүн»");
            assertThat(russian.path("entries").get(0).path("what").asText()).startsWith("Зарегистрирована школа")
                    .contains("Нарын шаарындагы №2 мектеп");

            // An association's timeline, read by one of its members.
            JsonNode language = read(school.teacher(5), l + "/timeline?year=" + YEAR);
            assertThat(language.path("name").asText()).isEqualTo("Кыргыз тили бирикмеси");
            assertThat(texts(language.path("overdue"), "kind")).containsExactly("ANNUAL_PLAN_NOT_APPROVED",
                    "CONTROL_FOLLOW_UP_OVERDUE", "SUBJECT_EVENT_RESULTS_MISSING");
            assertThat(texts(language.path("entries"), "associationId")).containsOnly(lang);
            assertThat(language.path("associations").isNull()).isTrue();

            // A teacher's timeline, read by the inspector: what Бакыт did and what named him.
            Api inspector = school.inspector("inspector", List.of(school.id));
            JsonNode bakyt = read(inspector, s + "/teachers/" + t.get(1) + "/timeline?year=" + YEAR);
            assertThat(bakyt.path("name").asText()).isEqualTo("Бакыт Ңазаров");
            assertThat(texts(bakyt.path("overdue"), "kind")).containsExactly("OPEN_LESSON_ANALYSIS_MISSING");
            JsonNode entries = bakyt.path("entries");
            assertThat(texts(entries, "eventType")).containsExactly("TeacherRegisteredEvent", "AssociationCreatedEvent",
                    "ProtocolRecordedEvent", "OpenLessonRecordedEvent");
            assertThat(texts(entries, "involvement")).containsExactly("SUBJECT", "SUBJECT", "SUBJECT", "ACTOR_AND_SUBJECT");
            assertThat(entries.get(3).path("actorName").asText()).isEqualTo("Бакыт Ңазаров");
            assertThat(entries.get(3).path("actorRole").asText()).isEqualTo("TEACHER");
            assertThat(entries.get(0).path("actorRole").asText()).isEqualTo("DIRECTOR");
            assertThat(entries.get(0).path("actorName").isNull()).isTrue();

            // Айгүл, who observed the lesson, records its analysis: nothing of Бакыт's is overdue any more.
            ok(school.teacher(0).post(m + "/activities/" + YEAR + "/open-lessons/" + lesson + "/analysis",
                    Map.of("date", "2026-12-01", "analysis", "Сабактын максатына жетишилди")));
            assertThat(read(school.director, s + "/teachers/" + t.get(1) + "/timeline?year=" + YEAR).path("overdue")
                    .size()).isZero();
            JsonNode aigul = read(school.director, s + "/teachers/" + t.get(0) + "/timeline?year=" + YEAR);
            JsonNode analysis = aigul.path("entries").get(aigul.path("entries").size() - 1);
            assertThat(analysis.path("eventType").asText()).isEqualTo("OpenLessonAnalysedEvent");
            assertThat(analysis.path("involvement").asText()).isEqualTo("ACTOR_AND_SUBJECT");
            assertThat(analysis.path("actorName").asText()).isEqualTo("Айгүл Өмүрова");
            assertThat(aigul.path("months").path("2026-12").asLong()).isEqualTo(1);

            // The September after: the year ended without the deputy's analyses.
            on("2027-09-02");
            JsonNode ended = read(school.director, s + "/timeline?year=" + YEAR);
            List<JsonNode> analyses = new ArrayList<>();
            ended.path("overdue").forEach(item -> {
                if (item.path("kind").asText().equals("YEAR_ANALYSIS_MISSING")) {
                    analyses.add(item);
                }
            });
            assertThat(analyses).hasSize(2);
            Set<String> analysed = new HashSet<>();
            analyses.forEach(item -> {
                assertThat(item.path("due").asText()).isEqualTo("2027-08-31");
                assertThat(item.path("daysOverdue").asInt()).isEqualTo(2);
                analysed.add(item.path("associationId").asText());
            });
            assertThat(analysed).containsExactlyInAnyOrder(math, lang);
            JsonNode current = read(school.director, s + "/timeline");
            assertThat(current.path("schoolYear").asInt()).isEqualTo(2027);
            assertThat(current.path("overdue").size()).isZero();
            assertThat(current.path("total").asInt()).isZero();

            // Bad or foreign requests answer a problem, never a timeline.
            assertProblem(school.director.get(s + "/timeline?year=soon"), 400, "INVALID_PARAMETER");
            assertProblem(school.director.get(s + "/timeline?year=1900"), 400, "INVALID_PARAMETER");
            assertProblem(school.director.get(s + "/timeline?limit=0"), 400, "INVALID_PARAMETER");
            assertProblem(school.director.get(s + "/timeline?limit=501"), 400, "INVALID_PARAMETER");
            assertProblem(school.director.get(s + "/timeline?cursor=-1"), 400, "INVALID_PARAMETER");
            assertProblem(school.director.get(s + "/teachers/no-such-teacher/timeline"), 404, "NOT_FOUND");
            assertProblem(school.director.get(school.associations() + "/no-such/timeline"), 404, "NOT_FOUND");
            School other = School.register(app.admin(), "Башка мектеп").withTeachers("Математика", "Үмүт Ңурланова");
            assertProblem(school.director.get(s + "/teachers/" + other.teachers.get(0) + "/timeline"), 404, "NOT_FOUND");
            assertProblem(other.director.get(s + "/timeline"), 404, "NOT_FOUND");
        }
    }

    private static Map<String, Object> plan(String goal) {
        return Map.of("theme", Map.of("title", "Окуучулардын сабаттуулугу", "goal", goal), "activities", List.of());
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asText()).isEqualTo(code);
        assertThat(response.json().path("title").asText()).isNotBlank().isNotEqualTo(code);
    }
}
