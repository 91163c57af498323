package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.common.SchoolYear;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role (and nobody signed in) with the exact status expected. The table
 * must name every endpoint the service has: a new endpoint without a rule here fails the test.
 */
class RoleMatrixTest {

    enum Who { ANONYMOUS, ADMIN, DIRECTOR, DEPUTY_TEACHING, DEPUTY_METHODOLOGY, TEACHER, CHAIR, INSPECTOR, OTHER_DIRECTOR }

    private static final Set<Who> SCHOOL_READERS = EnumSet.of(Who.DIRECTOR, Who.DEPUTY_TEACHING, Who.DEPUTY_METHODOLOGY,
            Who.TEACHER, Who.CHAIR, Who.INSPECTOR);
    private static final Set<Who> STAFF_OFFICE = EnumSet.of(Who.DIRECTOR, Who.DEPUTY_TEACHING, Who.DEPUTY_METHODOLOGY);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

    @TempDir
    static Path data;
    static RunningApp app;
    static School school;
    static School other;
    static Map<Who, Api> users = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        // The rows act in the 2030–2031 school year: the school's today is in it, after its meetings.
        MovableClock clock = new MovableClock(LocalDate.of(2031, 6, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Bishkek")).toInstant());
        app = RunningApp.start(data.resolve("postgres"), clock, "--birikme.embedded.durable=false");
        school = School.register(app.admin(), "Матрица мектеби").withTeachers("Математика",
                "Асан Өмүров", "Бакыт Үсөнов", "Гүлнара Ңазарова", "Динара Асанова", "Эрмек Токтогулов", "Жыпар Бекова");
        other = School.register(app.admin(), "Башка мектеп");
        users.put(Who.ANONYMOUS, app.api());
        users.put(Who.ADMIN, school.admin);
        users.put(Who.DIRECTOR, school.director);
        users.put(Who.DEPUTY_TEACHING, school.deputy);
        users.put(Who.DEPUTY_METHODOLOGY, school.methodist);
        users.put(Who.TEACHER, school.teacher(1));
        users.put(Who.CHAIR, school.teacher(0));
        users.put(Who.INSPECTOR, school.inspector("inspector", List.of(school.id)));
        users.put(Who.OTHER_DIRECTOR, other.director);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** What a request needs in place, made by the people entitled to make it, fresh for every row. */
    static final class Stage {
        String association;
        String plan;
        String individualPlan;
        String user;
        long position;

        String s() {
            return "/api/schools/" + school.id;
        }

        String a() {
            return school.associations() + "/" + association;
        }

        String p() {
            return s() + "/annual-plans/" + plan;
        }

        Stage association() {
            // Opened long ago: the archive's rows record protocols of 2010 and 2021, which it held then.
            Api.Response created = school.director.post(school.associations(), school.association("Бирикме", "Математика",
                    school.teachers.subList(0, 4), LocalDate.of(2009, 8, 28)));
            association = created.id();
            position = ok(school.teacher(0).post(a() + "/chair/election",
                    Map.of("teacherId", school.teachers.get(0), "meetingDate", "2026-09-01"))).position();
            return this;
        }

        Stage fifthMember() {
            position = ok(school.director.post(a() + "/members", Map.of("teacherId", school.teachers.get(4)))).position();
            return this;
        }

        Stage plan() {
            association();
            plan = ok(school.teacher(0).post(a() + "/annual-plans", Map.of("schoolYear", 2030, "content", content()))).id();
            return this;
        }

        Stage submitted() {
            plan();
            position = ok(school.teacher(0).post(p() + "/submission", Map.of())).position();
            return this;
        }

        Stage month() {
            plan();
            ok(school.teacher(0).send("PUT", p() + "/months/2030-10", "{\"items\":[\"Жумалык\"]}", "application/json"));
            return this;
        }

        /** A member's individual plan, then the protocol whose resolution approves it. */
        Stage individual() {
            association();
            individualPlan = ok(school.teacher(1).post(a() + "/individual-plans", Map.of("teacherId", school.teachers.get(1),
                    "schoolYear", 2030, "content", Map.of("workItems", List.of("Ачык сабак"))))).id();
            position = ok(school.teacher(0).post(a() + "/protocols", Map.of("date", "2030-09-10",
                    "presentIds", school.teachers.subList(0, 4), "agenda", List.of("Жеке пландар"),
                    "resolutions", List.of(Map.of("text", "Жеке план бекитилсин",
                            "approvesIndividualPlanId", individualPlan))))).position();
            return this;
        }

        Stage protocol() {
            association();
            return firstProtocol();
        }

        /** Protocol no. 1 of this stage's association, of the meeting of 10 September 2030. */
        Stage firstProtocol() {
            Api.Response recorded = ok(school.teacher(0).post(a() + "/protocols", Map.of("date", "2030-09-10",
                    "presentIds", school.teachers.subList(0, 4), "agenda", List.of("План"),
                    "resolutions", List.of(Map.of("text", "Бекитилсин", "deadline", "2030-10-01")))));
            position = recorded.position();
            return this;
        }

        /** A protocol of the year's first meeting and one of its last, at the end of the year, when it is analysed. */
        Stage yearEnd() {
            protocol();
            position = ok(school.teacher(0).post(a() + "/protocols", Map.of("date", "2031-05-20",
                    "presentIds", school.teachers.subList(0, 4), "agenda", List.of("Жылдын жыйынтыгы"),
                    "resolutions", List.of(Map.of("text", "Жыйынтык бекитилсин"))))).position();
            return this;
        }

        String material;

        /** Attestation material, then the protocol of the meeting that considers it. */
        Stage material() {
            association();
            Api.Response submitted = ok(school.teacher(1).post(a() + "/attestation-materials", Map.of("schoolYear", 2030,
                    "kind", "TRANSFER_FINAL_CHECK", "subject", "Математика", "className", "8-Б", "title", "Текшерүү иши")));
            material = submitted.id();
            return firstProtocol();
        }

        String mentorship;

        Stage mentorship() {
            association();
            String young = school.withTeacherHired("Математика", "Жаш мугалим " + System.nanoTime(), "2025-09-01");
            ok(school.director.post(a() + "/members", Map.of("teacherId", young)));
            Api.Response assigned = ok(school.teacher(0).post(a() + "/mentorships", Map.of("menteeId", young,
                    "mentorId", school.teachers.get(1), "since", "2026-09-15")));
            mentorship = assigned.id();
            position = assigned.position();
            return this;
        }

        Stage user() {
            user = ok(school.admin.post("/api/users", Map.of("username", "u-" + System.nanoTime(), "password",
                    School.PASSWORD, "roles", List.of("DEPUTY_METHODOLOGY"), "schoolId", school.id))).id();
            return this;
        }

        Stage commission() {
            protocol();
            position = ok(school.teacher(0).post(a() + "/commission", commissionBody())).position();
            return this;
        }

        String nomination;

        Stage nomination() {
            protocol();
            Api.Response proposed = ok(school.teacher(0).post(a() + "/nominations", nominationBody()));
            nomination = proposed.id();
            position = proposed.position();
            return this;
        }

        Stage forwarded() {
            nomination();
            position = ok(school.teacher(0).post(s() + "/nominations/" + nomination + "/forwarding", Map.of())).position();
            return this;
        }

        String document;

        /** The regulation of the stage's association registered by the director, with its file (a PDF). */
        Stage document() {
            association();
            Api.Response registered = school.director.postParts(a() + "/documents",
                    Api.Part.json("document", documentBody()),
                    Api.Part.file("file", "жобо.pdf", "application/pdf", "%PDF-1.7\n%%EOF\n".getBytes()));
            document = ok(registered).id();
            position = registered.position();
            return this;
        }

        static Map<String, Object> documentBody() {
            return Map.of("kind", "REGULATION", "title", "Усулдук бирикме жөнүндө жобо", "date", "2026-08-29",
                    "reference", "Директордун №47 буйругу");
        }

        /** Teachers 0 to 2 (the chair among them) form the commission at the stage's quorate meeting. */
        static Map<String, Object> commissionBody() {
            return Map.of("memberIds", school.teachers.subList(0, 3), "headId", school.teachers.get(1),
                    "protocol", Map.of("number", "1", "date", "2030-09-10"));
        }

        static Map<String, Object> nominationBody() {
            return Map.of("kind", "TEACHER_OF_THE_YEAR", "nomineeId", school.teachers.get(2),
                    "text", "Жыл мугалими сынагына", "protocol", Map.of("number", "1", "date", "2030-09-10"));
        }

        static Map<String, Object> content() {
            return Map.of("theme", Map.of("title", "Тема", "goal", "Максат"), "activities", List.of());
        }

        /** A control visit the read model refused for a moment (a constraint it did not have): its dead letter's id. */
        String deadLetter() {
            association();
            JdbcClient sql = JdbcClient.create(app.bean(DataSource.class));
            sql.sql("ALTER TABLE rm_control_visit ADD CONSTRAINT matrix_refused CHECK (findings <> 'Кабыл алынбайт') NOT VALID")
                    .update();
            try {
                long visited = ok(school.deputy.post(a() + "/control-visits", Map.of("topic", "SUBJECT_WEEKS",
                        "date", "2030-11-10", "findings", "Кабыл алынбайт", "followUp", "2030-12-10"))).position();
                ok(school.director.get(a() + "/control-visits?after=" + visited));
            } finally {
                sql.sql("ALTER TABLE rm_control_visit DROP CONSTRAINT matrix_refused").update();
            }
            for (JsonNode queue : ok(school.admin.get("/api/admin/dead-letters")).json()) {
                if (queue.path("group").asText().equals("control") && !queue.path("letters").isEmpty()) {
                    return queue.path("letters").get(0).path("letterId").asText();
                }
            }
            throw new IllegalStateException("The refused visit left no dead letter");
        }

        private static Api.Response ok(Api.Response response) {
            assertThat(response.status()).as(response.body()).isBetween(200, 299);
            return response;
        }
    }

    /** One endpoint: how to call it as someone, and who may. */
    record Row(String method, String pattern, BiFunction<Api, Who, Api.Response> call, Map<Who, Integer> expected) {
    }

    /** A command: 401 for nobody, the success status for the roles allowed, 403 for the rest, 404 from another school. */
    static Map<Who, Integer> command(int success, Set<Who> allowed) {
        Map<Who, Integer> expected = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            expected.put(who, who == Who.ANONYMOUS ? 401 : allowed.contains(who) ? success
                    : who == Who.OTHER_DIRECTOR && allowed.contains(Who.DIRECTOR) ? 404 : 403);
        }
        return expected;
    }

    /** A read inside the school: its people and its inspector read it; nobody else learns it exists. */
    static Map<Who, Integer> schoolRead() {
        Map<Who, Integer> expected = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            expected.put(who, who == Who.ANONYMOUS ? 401 : SCHOOL_READERS.contains(who) ? 200 : 404);
        }
        return expected;
    }

    /** The same expectations, but for one user. */
    static Map<Who, Integer> with(Map<Who, Integer> expected, Who who, int status) {
        Map<Who, Integer> changed = new LinkedHashMap<>(expected);
        changed.put(who, status);
        return changed;
    }

    static Map<Who, Integer> everyoneSignedIn(int success) {
        return command(success, SIGNED_IN);
    }

    /** The event log of the school: its office and its inspector; teachers and the administrator never; elsewhere unknown. */
    static Map<Who, Integer> logRead() {
        Map<Who, Integer> expected = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            expected.put(who, switch (who) {
                case ANONYMOUS -> 401;
                case DIRECTOR, DEPUTY_TEACHING, DEPUTY_METHODOLOGY, INSPECTOR -> 200;
                case OTHER_DIRECTOR -> 404;
                default -> 403;
            });
        }
        return expected;
    }

    static Row row(String method, String pattern, Map<Who, Integer> expected, BiFunction<Api, Who, Api.Response> call) {
        return new Row(method, pattern, call, expected);
    }

    static List<Row> table() {
        String schoolPath = "/api/schools/{schoolId}";
        String association = schoolPath + "/associations/{associationId}";
        String plan = schoolPath + "/annual-plans/{planId}";
        Map<String, Object> teacher = Map.of("fullName", "Жаңы мугалим", "subjects", List.of("Математика"),
                "hireDate", "2020-09-01");
        Map<String, Object> order = Map.of("number", "9", "date", "2026-10-01");
        Map<String, Object> proposal = Map.of("by", "DEPUTY_TEACHING", "number", "3", "date", "2026-09-28");
        return List.of(
                row("POST", "/api/schools", command(201, EnumSet.of(Who.ADMIN)),
                        (api, who) -> api.post("/api/schools", Map.of("name", "Жаңы мектеп", "district", "Ош"))),
                row("POST", schoolPath + "/teachers", command(201, STAFF_OFFICE),
                        (api, who) -> api.post(new Stage().s() + "/teachers", teacher)),
                row("POST", schoolPath + "/associations", command(201, EnumSet.of(Who.DIRECTOR)),
                        (api, who) -> api.post(school.associations(), school.association("Жаңы", "Математика",
                                school.teachers.subList(0, 4)))),
                row("POST", association + "/members", command(202, STAFF_OFFICE),
                        (api, who) -> api.post(new Stage().association().a() + "/members",
                                Map.of("teacherId", school.teachers.get(4)))),
                row("DELETE", association + "/members/{teacherId}", command(202, STAFF_OFFICE),
                        (api, who) -> api.delete(new Stage().association().fifthMember().a() + "/members/"
                                + school.teachers.get(4))),
                row("POST", association + "/chair/election", command(202, EnumSet.of(Who.TEACHER, Who.CHAIR)),
                        (api, who) -> api.post(new Stage().association().a() + "/chair/election",
                                Map.of("teacherId", school.teachers.get(1), "meetingDate", "2026-09-02"))),
                row("POST", association + "/chair/confirmation", command(202, EnumSet.of(Who.DIRECTOR)),
                        (api, who) -> api.post(new Stage().association().a() + "/chair/confirmation",
                                Map.of("teacherId", school.teachers.get(0), "order", order))),
                row("POST", association + "/reorganisation", command(202, EnumSet.of(Who.DIRECTOR)),
                        (api, who) -> api.post(new Stage().association().a() + "/reorganisation", Map.of("name", "Жаңы ат",
                                "kind", "SUBJECT_AREA", "educationalAreas", List.of("Табигый илимдер"),
                                "subjects", List.of("Математика"), "memberIds", school.teachers.subList(0, 4),
                                "order", order, "proposal", proposal))),
                row("POST", association + "/dissolution", command(202, EnumSet.of(Who.DIRECTOR)),
                        (api, who) -> api.post(new Stage().association().a() + "/dissolution",
                                Map.of("order", order, "proposal", proposal))),
                row("POST", association + "/annual-plans", command(201, EnumSet.of(Who.CHAIR)),
                        (api, who) -> api.post(new Stage().association().a() + "/annual-plans",
                                Map.of("schoolYear", 2030, "content", Stage.content()))),
                row("POST", plan + "/revisions", command(202, EnumSet.of(Who.CHAIR)),
                        (api, who) -> api.post(new Stage().plan().p() + "/revisions", Map.of("content", Stage.content()))),
                row("POST", plan + "/submission", command(202, EnumSet.of(Who.CHAIR)),
                        (api, who) -> api.post(new Stage().plan().p() + "/submission", Map.of())),
                row("POST", plan + "/return", command(202, EnumSet.of(Who.DEPUTY_TEACHING)),
                        (api, who) -> api.post(new Stage().submitted().p() + "/return",
                                Map.of("version", 1, "comments", "Толуктаңыз"))),
                row("POST", plan + "/approval", command(202, EnumSet.of(Who.DEPUTY_TEACHING)),
                        (api, who) -> api.post(new Stage().submitted().p() + "/approval", Map.of("version", 1))),
                row("PUT", plan + "/months/{month}", command(202, EnumSet.of(Who.CHAIR)),
                        (api, who) -> api.send("PUT", new Stage().plan().p() + "/months/2030-11",
                                "{\"items\":[\"Олимпиада\"]}", "application/json")),
                row("POST", plan + "/months/{month}/confirmation", command(202, EnumSet.of(Who.CHAIR)),
                        (api, who) -> api.post(new Stage().month().p() + "/months/2030-10/confirmation", Map.of())),
                row("POST", association + "/individual-plans", command(201, EnumSet.of(Who.TEACHER)),
                        (api, who) -> api.post(new Stage().association().a() + "/individual-plans", Map.of(
                                "teacherId", school.teachers.get(1), "schoolYear", 2030,
                                "content", Map.of("workItems", List.of("Ачык сабак"))))),
                row("POST", schoolPath + "/individual-plans/{planId}/revisions", command(202, EnumSet.of(Who.TEACHER)),
                        (api, who) -> api.post(new Stage().s() + "/individual-plans/" + new Stage().individual().individualPlan
                                + "/revisions", Map.of("content", Map.of("workItems", List.of("Семинар"))))),
                row("POST", schoolPath + "/individual-plans/{planId}/approval", command(202, EnumSet.of(Who.CHAIR)),
                        (api, who) -> api.post(new Stage().s() + "/individual-plans/" + new Stage().individual().individualPlan
                                + "/approval", Map.of("version", 1, "protocol", Map.of("number", "1", "date", "2030-09-10")))),
                row("POST", association + "/meetings", command(202, EnumSet.of(Who.CHAIR)),
                        (api, who) -> api.post(new Stage().association().a() + "/meetings",
                                Map.of("date", "2030-09-20", "agenda", List.of("Олимпиада")))),
                row("POST", association + "/protocols", command(201, EnumSet.of(Who.CHAIR)),
                        (api, who) -> api.post(new Stage().association().a() + "/protocols", Map.of("date", "2030-09-11",
                                "presentIds", school.teachers.subList(0, 4), "agenda", List.of("Жумалык"),
                                "resolutions", List.of(Map.of("text", "Өткөрүлсүн"))))),
                row("POST", association + "/protocols/{year}/{number}/corrections", command(202, EnumSet.of(Who.CHAIR)),
                        (api, who) -> api.post(new Stage().protocol().a() + "/protocols/2030/1/corrections",
                                Map.of("field", "agenda[0]", "correction", "Жылдык план", "reason", "Толук эмес"))),
                row("POST", association + "/protocols/{year}/{number}/resolutions/{resolution}/completion",
                        command(202, EnumSet.of(Who.CHAIR)),
                        (api, who) -> api.post(new Stage().protocol().a() + "/protocols/2030/1/resolutions/1/completion",
                                Map.of())),
                row("POST", association + "/protocols/{year}/analysis", command(202, EnumSet.of(Who.DEPUTY_TEACHING)),
                        (api, who) -> api.post(new Stage().yearEnd().a() + "/protocols/2030/analysis",
                                Map.of("number", 2, "analysis", "Жыл жыйынтыгы", "recommendations", List.of("Семинар өткөрүү")))),
                row("GET", association + "/protocols/{year}/analysis", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().yearEnd();
                    long position = Stage.ok(school.deputy.post(stage.a() + "/protocols/2030/analysis",
                            Map.of("number", 2, "analysis", "Жыл жыйынтыгы", "recommendations", List.of("Семинар өткөрүү"))))
                            .position();
                    return api.get(stage.a() + "/protocols/2030/analysis?after=" + position);
                }),
                row("POST", association + "/attestation-materials", command(201, EnumSet.of(Who.TEACHER, Who.CHAIR)),
                        (api, who) -> api.post(new Stage().association().a() + "/attestation-materials", Map.of(
                                "schoolYear", 2030, "kind", "GRADUATION_ORAL_EXAM", "subject", "Математика",
                                "className", "11-А", "title", "Билеттер"))),
                row("POST", schoolPath + "/attestation-materials/{materialId}/approval", command(202, EnumSet.of(Who.CHAIR)),
                        (api, who) -> api.post(new Stage().s() + "/attestation-materials/" + new Stage().material().material
                                + "/approval", Map.of("protocol", Map.of("number", "1", "date", "2030-09-10")))),
                row("GET", association + "/attestation-materials", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().material();
                    return api.get(stage.a() + "/attestation-materials?year=2030&after=" + stage.position);
                }),
                row("POST", association + "/mentorships", command(201, EnumSet.of(Who.CHAIR)), (api, who) -> {
                    Stage stage = new Stage().association();
                    String young = school.withTeacherHired("Математика", "Жаш " + System.nanoTime(), "2025-09-01");
                    Stage.ok(school.director.post(stage.a() + "/members", Map.of("teacherId", young)));
                    return api.post(stage.a() + "/mentorships", Map.of("menteeId", young,
                            "mentorId", school.teachers.get(2), "since", "2026-09-15"));
                }),
                row("POST", schoolPath + "/mentorships/{mentorshipId}/sessions", command(202, EnumSet.of(Who.TEACHER)),
                        (api, who) -> api.post(new Stage().s() + "/mentorships/" + new Stage().mentorship().mentorship
                                + "/sessions", Map.of("date", "2026-10-01", "subject", "Сабак пландоо"))),
                row("GET", association + "/mentorships", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().mentorship();
                    return api.get(stage.a() + "/mentorships?after=" + stage.position);
                }),
                row("POST", association + "/control-visits",
                        command(201, EnumSet.of(Who.DEPUTY_TEACHING, Who.DEPUTY_METHODOLOGY)),
                        (api, who) -> api.post(new Stage().association().a() + "/control-visits", Map.of(
                                "topic", "SUBJECT_WEEKS", "date", "2030-11-10", "findings", "Жумалык өттү",
                                "followUp", "2030-12-10"))),
                row("GET", association + "/control-visits", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().association();
                    return api.get(stage.a() + "/control-visits?after=" + stage.position);
                }),
                row("GET", association + "/state", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().association();
                    return api.get(stage.a() + "/state?at=2030-01-01&after=" + stage.position);
                }),
                row("GET", association + "/steps", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().association();
                    return api.get(stage.a() + "/steps?after=" + stage.position);
                }),
                row("GET", plan + "/state", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().plan();
                    return api.get(stage.s() + "/annual-plans/" + stage.plan + "/state?after=" + stage.position);
                }),
                row("GET", association + "/meetings", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().association();
                    return api.get(stage.a() + "/meetings?year=2030&after=" + stage.position);
                }),
                row("GET", association + "/protocols", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().protocol();
                    return api.get(stage.a() + "/protocols?year=2030&after=" + stage.position);
                }),
                row("GET", association + "/protocols/{year}/{number}", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().protocol();
                    return api.get(stage.a() + "/protocols/2030/1?after=" + stage.position);
                }),
                row("GET", association + "/protocols/{year}/{number}/print", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().protocol();
                    return api.get(stage.a() + "/protocols/2030/1/print?after=" + stage.position);
                }),
                row("POST", "/api/users", command(201, EnumSet.of(Who.ADMIN)),
                        (api, who) -> api.post("/api/users", Map.of("username", "new-" + System.nanoTime(), "password",
                                School.PASSWORD, "roles", List.of("DIRECTOR"), "schoolId", school.id))),
                row("GET", "/api/users", command(200, EnumSet.of(Who.ADMIN)), (api, who) -> api.get("/api/users")),
                row("GET", "/api/users/{userId}", command(200, EnumSet.of(Who.ADMIN)),
                        (api, who) -> api.get("/api/users/" + new Stage().user().user)),
                row("POST", "/api/users/{userId}/disabling", command(202, EnumSet.of(Who.ADMIN)),
                        (api, who) -> api.post("/api/users/" + new Stage().user().user + "/disabling", Map.of())),
                row("POST", "/api/users/{userId}/password", command(202, EnumSet.of(Who.ADMIN)),
                        (api, who) -> api.post("/api/users/" + new Stage().user().user + "/password",
                                Map.of("password", "Жаңы-сырсөз-2027"))),
                row("POST", "/api/session", everyoneSignedIn(201), RoleMatrixTest::signInAgain),
                row("DELETE", "/api/session", everyoneSignedIn(204), (api, who) -> who == Who.ANONYMOUS
                        ? api.delete("/api/session") : freshSession(who).delete("/api/session")),
                row("POST", "/api/session/password", everyoneSignedIn(204), (api, who) -> who == Who.ANONYMOUS
                        ? api.post("/api/session/password", Map.of("currentPassword", "x", "newPassword", "y"))
                        : freshUser(who).post("/api/session/password", Map.of("currentPassword", School.PASSWORD,
                                "newPassword", "Жаңы-сырсөз-2027"))),
                row("GET", "/api/schools", everyoneSignedIn(200), (api, who) -> api.get("/api/schools")),
                // The administrator registers schools and lists them all, so reads each one's own entry too (not what is inside).
                row("GET", schoolPath, with(schoolRead(), Who.ADMIN, 200), (api, who) -> api.get(new Stage().s())),
                row("GET", schoolPath + "/teachers", schoolRead(), (api, who) -> api.get(new Stage().s() + "/teachers")),
                row("GET", schoolPath + "/associations", schoolRead(), (api, who) -> api.get(school.associations())),
                row("GET", association, schoolRead(), (api, who) -> {
                    Stage stage = new Stage().association();
                    return api.get(stage.a() + "?after=" + stage.position);
                }),
                row("GET", association + "/members", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().association();
                    return api.get(stage.a() + "/members?after=" + stage.position);
                }),
                row("GET", schoolPath + "/plans", schoolRead(), (api, who) -> api.get(new Stage().s() + "/plans?year=2030")),
                row("GET", plan + "/history", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().submitted();
                    return api.get(stage.p() + "/history?after=" + stage.position);
                }),
                row("GET", schoolPath + "/plan-approvals", schoolRead(),
                        (api, who) -> api.get(new Stage().s() + "/plan-approvals")),
                row("POST", association + "/commission", command(201, EnumSet.of(Who.CHAIR)),
                        (api, who) -> api.post(new Stage().protocol().a() + "/commission", Stage.commissionBody())),
                row("GET", association + "/commission", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().commission();
                    return api.get(stage.a() + "/commission?after=" + stage.position);
                }),
                row("POST", association + "/coefficients", command(202, EnumSet.of(Who.TEACHER, Who.CHAIR)),
                        (api, who) -> api.post(new Stage().commission().a() + "/coefficients", Map.of(
                                "memberId", school.teachers.get(3), "from", "2030-10-01", "to", "2030-10-31",
                                "value", 1.25))),
                row("GET", association + "/coefficients", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().commission();
                    return api.get(stage.a() + "/coefficients?year=2030&after=" + stage.position);
                }),
                row("POST", association + "/nominations", command(201, EnumSet.of(Who.CHAIR)),
                        (api, who) -> api.post(new Stage().protocol().a() + "/nominations", Stage.nominationBody())),
                row("POST", schoolPath + "/nominations/{nominationId}/forwarding",
                        command(202, EnumSet.of(Who.CHAIR, Who.DEPUTY_TEACHING, Who.DEPUTY_METHODOLOGY)), (api, who) -> {
                            Stage stage = new Stage().nomination();
                            return api.post(stage.s() + "/nominations/" + stage.nomination + "/forwarding", Map.of());
                        }),
                row("POST", schoolPath + "/nominations/{nominationId}/decision", command(202, STAFF_OFFICE),
                        (api, who) -> {
                            Stage stage = new Stage().forwarded();
                            return api.post(stage.s() + "/nominations/" + stage.nomination + "/decision",
                                    Map.of("outcome", "GRANTED", "note", "Райондук сынакка жиберилсин"));
                        }),
                row("GET", association + "/nominations", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().nomination();
                    return api.get(stage.a() + "/nominations?after=" + stage.position);
                }),
                row("GET", schoolPath + "/nominations", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().nomination();
                    return api.get(stage.s() + "/nominations?status=PROPOSED&after=" + stage.position);
                }),
                row("POST", association + "/seminars", command(201, CHAIR_AND_DEPUTIES),
                        (api, who) -> api.post(new Stage().association().a() + "/seminars", Map.of("topic", "Семинар",
                                "date", "2030-11-12", "leaderIds", List.of(school.teachers.get(0))))),
                row("POST", association + "/open-lessons", command(201, MEMBER_CHAIR_AND_DEPUTIES),
                        (api, who) -> api.post(new Stage().association().a() + "/open-lessons", openLesson())),
                row("POST", association + "/activities/{year}/open-lessons/{activityId}/analysis",
                        command(202, MEMBER_CHAIR_AND_DEPUTIES), (api, who) -> {
                            Stage stage = new Stage().association();
                            String lesson = Stage.ok(school.teacher(0).post(stage.a() + "/open-lessons", openLesson())).id();
                            return api.post(stage.a() + "/activities/2030/open-lessons/" + lesson + "/analysis",
                                    Map.of("date", "2030-11-10", "analysis", "Сабак ийгиликтүү өттү"));
                        }),
                row("POST", association + "/lesson-visits", command(201, MEMBER_CHAIR_AND_DEPUTIES),
                        (api, who) -> api.post(new Stage().association().a() + "/lesson-visits", Map.of(
                                "visitingTeacherId", school.teachers.get(1), "visitedTeacherId", school.teachers.get(2),
                                "className", "8А", "topic", "Теңдемелер", "date", "2030-10-05", "analysis", "Бирге талдашты"))),
                row("POST", association + "/subject-events", command(201, CHAIR_AND_DEPUTIES),
                        (api, who) -> api.post(new Stage().association().a() + "/subject-events", subjectWeek())),
                row("POST", association + "/activities/{year}/subject-events/{activityId}/results",
                        command(202, CHAIR_AND_DEPUTIES), (api, who) -> {
                            Stage stage = new Stage().association();
                            String week = Stage.ok(school.teacher(0).post(stage.a() + "/subject-events", subjectWeek())).id();
                            return api.post(stage.a() + "/activities/2030/subject-events/" + week + "/results",
                                    Map.of("date", "2030-11-25", "participants", 40, "winners", List.of(Map.of(
                                            "pupilName", "Айбек Ңурланов", "className", "9А", "place", 1))));
                        }),
                row("POST", association + "/reports", command(201, CHAIR_AND_DEPUTIES),
                        (api, who) -> api.post(new Stage().association().a() + "/reports", Map.of("teacherId",
                                school.teachers.get(1), "kind", "COURSES", "title", "Курстар", "date", "2030-12-03"))),
                row("POST", association + "/extracurricular-events", command(201, CHAIR_AND_DEPUTIES),
                        (api, who) -> api.post(new Stage().association().a() + "/extracurricular-events", Map.of(
                                "title", "Математикалык викторина", "date", "2030-12-12",
                                "responsibleIds", List.of(school.teachers.get(1)), "classNames", List.of("7Б")))),
                row("GET", association + "/activities", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().association();
                    long position = Stage.ok(school.teacher(0).post(stage.a() + "/seminars", Map.of("topic", "Семинар",
                            "date", "2030-11-12", "leaderIds", List.of(school.teachers.get(0))))).position();
                    return api.get(stage.a() + "/activities?year=2030&after=" + position);
                }),
                row("GET", "/api/log/events", logRead(), (api, who) -> api.get("/api/log/events?school=" + school.id)),
                row("GET", "/api/log/events/export", logRead(),
                        (api, who) -> api.get("/api/log/events/export?format=csv&school=" + school.id)),
                row("GET", "/api/log/integrity", command(200, EnumSet.of(Who.ADMIN, Who.INSPECTOR)),
                        (api, who) -> api.get("/api/log/integrity")),
                row("GET", "/api/log/integrity/rows", command(200, EnumSet.of(Who.ADMIN, Who.INSPECTOR)),
                        (api, who) -> api.get("/api/log/integrity/rows")),
                row("POST", "/api/log/checkpoints", command(200, EnumSet.of(Who.ADMIN, Who.INSPECTOR)),
                        (api, who) -> api.post("/api/log/checkpoints", "")),
                row("POST", "/api/log/checkpoints/verification", command(200, EnumSet.of(Who.ADMIN, Who.INSPECTOR)),
                        (api, who) -> api.post("/api/log/checkpoints/verification",
                                Stage.ok(school.admin.post("/api/log/checkpoints", "")).body())),
                row("GET", "/api/log/exports/{exportId}/receipt", logRead(), (api, who) -> {
                    java.net.http.HttpResponse<String> export = school.director.raw(
                            "/api/log/events/export?format=jsonl&school=" + school.id);
                    return api.get("/api/log/exports/" + export.headers().firstValue("X-Export-Id").orElseThrow() + "/receipt");
                }),
                row("GET", "/.well-known/birikme-log-key", EnumSet.allOf(Who.class).stream()
                                .collect(Collectors.toMap(who -> who, who -> 200)),
                        (api, who) -> api.get("/.well-known/birikme-log-key")),
                row("POST", schoolPath + "/archive/transfer-acts", command(201, EnumSet.of(Who.DIRECTOR)), (api, who) -> {
                    Stage stage = new Stage().association();
                    return api.post(stage.s() + "/archive/transfer-acts",
                            transferAct("2025-09-15", protocolsOf(stage, "2021-10-12")));
                }),
                row("POST", schoolPath + "/archive/disposal-acts", command(201, EnumSet.of(Who.DIRECTOR)), (api, who) -> {
                    Stage stage = new Stage().association();
                    String document = protocolsOf(stage, "2010-10-12");
                    Stage.ok(school.director.post(stage.s() + "/archive/transfer-acts", transferAct("2014-09-10", document)));
                    return api.post(stage.s() + "/archive/disposal-acts", Map.of("number", "Ж-1", "date", "2025-01-15",
                            "commission", List.of("Асан Өмүров", "Гүлнара Ңазарова"), "documentIds", List.of(document)));
                }),
                row("POST", schoolPath + "/archive/documents/{documentId}/hold", command(202, STAFF_OFFICE), (api, who) -> {
                    Stage stage = new Stage().association();
                    return api.post(stage.s() + "/archive/documents/" + protocolsOf(stage, "2030-09-10") + "/hold",
                            Map.of("reason", "Текшерүү бүткөнгө чейин"));
                }),
                row("POST", schoolPath + "/archive/documents/{documentId}/hold/lifting", command(202, STAFF_OFFICE),
                        (api, who) -> {
                            Stage stage = new Stage().association();
                            String document = stage.s() + "/archive/documents/" + protocolsOf(stage, "2030-09-10");
                            Stage.ok(school.director.post(document + "/hold", Map.of("reason", "Текшерүү")));
                            return api.post(document + "/hold/lifting", Map.of("reason", "Текшерүү бүттү"));
                        }),
                row("GET", schoolPath + "/archive", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().protocol();
                    return api.get(stage.s() + "/archive?status=AT_SCHOOL&count=true&after=" + stage.position);
                }),
                row("GET", association + "/archive", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().protocol();
                    return api.get(stage.a() + "/archive?kind=PROTOCOLS&after=" + stage.position);
                }),
                row("GET", schoolPath + "/archive/documents/{documentId}", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().protocol();
                    return api.get(stage.s() + "/archive/documents/" + ArchiveDocuments.protocolsOf(stage.association, 2030)
                            + "?after=" + stage.position);
                }),
                row("GET", schoolPath + "/archive/reminders", schoolRead(),
                        (api, who) -> api.get(new Stage().s() + "/archive/reminders?horizon=90d")),
                row("POST", association + "/documents",
                        command(201, EnumSet.of(Who.CHAIR, Who.DIRECTOR, Who.DEPUTY_TEACHING, Who.DEPUTY_METHODOLOGY)),
                        (api, who) -> api.post(new Stage().association().a() + "/documents", Stage.documentBody())),
                row("GET", association + "/documents/{documentId}", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().document();
                    return api.get(stage.a() + "/documents/" + stage.document + "?after=" + stage.position);
                }),
                row("GET", association + "/documents/{documentId}/file", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().document();
                    return api.get(stage.a() + "/documents/" + stage.document + "/file?after=" + stage.position);
                }),
                row("GET", association + "/record-file", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().association();
                    return api.get(stage.a() + "/record-file?year=2030&after=" + stage.position);
                }),
                row("GET", association + "/compliance", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().association();
                    return api.get(stage.a() + "/compliance?year=2030&after=" + stage.position);
                }),
                row("GET", schoolPath + "/compliance", schoolRead(),
                        (api, who) -> api.get(new Stage().s() + "/compliance?year=2030")),
                row("GET", schoolPath + "/timeline", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().protocol();
                    return api.get(stage.s() + "/timeline?year=2030&after=" + stage.position);
                }),
                row("GET", association + "/timeline", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().protocol();
                    return api.get(stage.a() + "/timeline?year=2030&after=" + stage.position);
                }),
                row("GET", schoolPath + "/teachers/{teacherId}/timeline", schoolRead(), (api, who) -> {
                    Stage stage = new Stage().protocol();
                    return api.get(stage.s() + "/teachers/" + school.teachers.get(1) + "/timeline?year=2030&after="
                            + stage.position);
                }),
                row("GET", "/api/admin/projections", command(200, EnumSet.of(Who.ADMIN)),
                        (api, who) -> api.get("/api/admin/projections")),
                row("GET", "/api/admin/projections/{name}", command(200, EnumSet.of(Who.ADMIN)),
                        (api, who) -> api.get("/api/admin/projections/attestation")),
                row("POST", "/api/admin/projections/{name}/rebuild", command(202, EnumSet.of(Who.ADMIN)),
                        (api, who) -> api.post("/api/admin/projections/attestation/rebuild", "")),
                row("DELETE", "/api/admin/projections/{name}/rebuild", command(204, EnumSet.of(Who.ADMIN)),
                        (api, who) -> api.delete("/api/admin/projections/attestation/rebuild")),
                row("GET", "/api/admin/dead-letters", command(200, EnumSet.of(Who.ADMIN)),
                        (api, who) -> api.get("/api/admin/dead-letters")),
                row("POST", "/api/admin/dead-letters/{group}/retry", command(200, EnumSet.of(Who.ADMIN)),
                        (api, who) -> api.post("/api/admin/dead-letters/control/retry", "")),
                row("DELETE", "/api/admin/dead-letters/{group}/{letterId}", command(204, EnumSet.of(Who.ADMIN)),
                        (api, who) -> api.delete("/api/admin/dead-letters/control/"
                                + (who == Who.ADMIN ? new Stage().deadLetter() : "any-letter"))));
    }

    /** The chair records a protocol of that day; answers the id of that school year's protocols as a document. */
    private static String protocolsOf(Stage stage, String date) {
        stage.position = Stage.ok(school.teacher(0).post(stage.a() + "/protocols", Map.of("date", date,
                "presentIds", school.teachers.subList(0, 4), "agenda", List.of("Жыл жыйынтыгы"),
                "resolutions", List.of(Map.of("text", "Кабыл алынсын"))))).position();
        return ArchiveDocuments.protocolsOf(stage.association, SchoolYear.containing(LocalDate.parse(date)).startYear());
    }

    private static Map<String, Object> transferAct(String date, String documentId) {
        return Map.of("number", "А-7", "date", date, "handedOverBy", "Асан Өмүров", "receivedBy", "Райондук архив",
                "documentIds", List.of(documentId));
    }

    private static final Set<Who> CHAIR_AND_DEPUTIES = EnumSet.of(Who.CHAIR, Who.DEPUTY_TEACHING, Who.DEPUTY_METHODOLOGY);
    /** The member is the table's TEACHER, recording their own lesson or visit. */
    private static final Set<Who> MEMBER_CHAIR_AND_DEPUTIES = EnumSet.of(Who.TEACHER, Who.CHAIR, Who.DEPUTY_TEACHING,
            Who.DEPUTY_METHODOLOGY);

    private static Map<String, Object> openLesson() {
        return Map.of("teacherId", school.teachers.get(1), "className", "7Б", "subject", "Математика",
                "topic", "Бөлчөктөр", "date", "2030-11-10", "observerIds", List.of(school.teachers.get(2)));
    }

    private static Map<String, Object> subjectWeek() {
        return Map.of("kind", "SUBJECT_WEEK", "title", "Математика жумалыгы", "subject", "Математика",
                "from", "2030-11-18", "to", "2030-11-23");
    }

    /** Signing in is by name and password, not by session: each role with its own; nobody without any. */
    private static Api.Response signInAgain(Api api, Who who) {
        if (who == Who.ANONYMOUS) {
            return api.post("/api/session", "");
        }
        return app.api().with("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (freshUsername(who) + ":" + School.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .post("/api/session", "");
    }

    /** A session of a new user in the same standing, so that ending it leaves the table's users signed in. */
    private static Api freshSession(Who who) {
        return freshUser(who);
    }

    private static Api freshUser(Who who) {
        return app.api().signIn(freshUsername(who), School.PASSWORD);
    }

    /** A new user in the same standing as the table's user of that role (the CHAIR: the elected teacher). */
    private static String freshUsername(Who who) {
        String name = who.name().toLowerCase() + "-" + System.nanoTime();
        return switch (who) {
            case ADMIN -> school.register(name, Map.of("roles", List.of("ADMIN")));
            case DIRECTOR, DEPUTY_TEACHING, DEPUTY_METHODOLOGY ->
                    school.register(name, Map.of("roles", List.of(who.name()), "schoolId", school.id));
            case TEACHER -> school.register(name, Map.of("roles", List.of("TEACHER"), "schoolId", school.id,
                    "teacherId", school.teachers.get(1)));
            case CHAIR -> school.register(name, Map.of("roles", List.of("TEACHER"), "schoolId", school.id,
                    "teacherId", school.teachers.get(0)));
            case INSPECTOR -> school.register(name, Map.of("roles", List.of("INSPECTOR"),
                    "inspectedSchoolIds", List.of(school.id)));
            case OTHER_DIRECTOR -> other.register(name, Map.of("roles", List.of("DIRECTOR"), "schoolId", other.id));
            case ANONYMOUS -> throw new IllegalArgumentException("nobody has no session");
        };
    }

    static Stream<Arguments> everyEndpointAndRole() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : table()) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(row.method() + " " + row.pattern(), who, row));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndRole")
    void answersExactlyAsTheRulesSay(String endpoint, Who who, Row row) {
        Api.Response response = row.call().apply(users.get(who), who);
        assertThat(response.status()).as(endpoint + " as " + who + ": " + response.body())
                .isEqualTo(row.expected().get(who));
        if (response.status() == 201 && response.location() != null) {
            // What was created can be read where its Location says (its own address, or the list that holds
            // it), once the read models have its position (a user, kept by the command itself, has none).
            String location = response.json().path("position").isNumber() ? response.location()
                    + (response.location().contains("?") ? "&" : "?") + "after=" + response.position() : response.location();
            Api reader = response.location().startsWith("/api/schools/" + school.id) ? school.director : users.get(who);
            Api.Response read = reader.get(location);
            assertThat(read.status()).as(endpoint + " as " + who + ": GET " + location + ": " + read.body()).isEqualTo(200);
        }
    }

    @Test
    void theTableNamesEveryEndpointOfTheService() {
        Set<String> served = new TreeSet<>();
        app.beansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, method) -> {
                    if (isOurs(method)) {
                        info.getMethodsCondition().getMethods().forEach(httpMethod ->
                                info.getPatternValues().forEach(pattern -> served.add(httpMethod.name() + " " + pattern)));
                    }
                }));
        Set<String> tabled = new TreeSet<>();
        table().forEach(row -> tabled.add(row.method() + " " + row.pattern()));
        assertThat(tabled).isEqualTo(served);
    }

    private static boolean isOurs(HandlerMethod method) {
        return method.getBeanType().getPackageName().startsWith("kg.mektep.birikme");
    }
}
