package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import kg.mektep.birikme.api.common.Refusal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whatever a client sends, the answer is a problem+json with a stable code, never a 500, in the
 * client's language, and a refused or malformed request stores nothing.
 */
class ProblemResponsesTest {

    @TempDir
    static Path data;

    static RunningApp app;
    static Api api;
    static School school;
    static School otherSchool;
    static String association;

    @BeforeAll
    static void start() {
        // A short wait, so that asking for a position far ahead answers quickly.
        app = RunningApp.start(data.resolve("postgres"), "--birikme.read.await-timeout=300ms",
                "--birikme.embedded.durable=false");
        Api admin = app.admin();
        school = School.register(admin, "№7 мектеп").withTeachers("Химия",
                "Айжан Өмүрова", "Бакыт Ңурбеков", "Гүлмира Асанова", "Данияр Үсөнов", "Эрмек Саадатов");
        otherSchool = School.register(admin, "№8 мектеп").withTeachers("Химия", "Жыпар Токтосунова");
        api = school.director;
        association = school.associations() + "/"
                + api.post(school.associations(), school.association("Химия", "Химия", school.teachers.subList(0, 4))).id();
        school.teacher(0).post(association + "/chair/election",
                Map.of("teacherId", school.teachers.get(0), "meetingDate", "2026-09-01"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Stream<Arguments> badRequests() {
        String schools = "/api/schools";
        return Stream.of(
                bad("malformed JSON", 400, "MALFORMED_REQUEST", a -> a.post(schools, "{\"name\": ")),
                bad("blank fields", 400, "INVALID_FIELDS", a -> a.post(schools, Map.of("name", " "))),
                bad("impossible date", 400, "MALFORMED_REQUEST", a -> a.post(schools + "/" + school.id + "/teachers",
                        "{\"fullName\":\"Асел\",\"subjects\":[],\"hireDate\":\"2026-13-45\"}")),
                bad("a meeting in the year 999999999", 400, "INVALID_FIELDS", a -> school.teacher(0).post(association
                        + "/meetings", Map.of("date", "+999999999-12-31", "agenda", List.of("Ө")))),
                bad("a teacher hired before 1900", 400, "INVALID_FIELDS", a -> a.post(schools + "/" + school.id + "/teachers",
                        Map.of("fullName", "Асел", "subjects", List.of(), "hireDate", "1899-12-31"))),
                bad("a hire date given as a number of days", 400, "MALFORMED_REQUEST", a -> a.post(schools + "/"
                        + school.id + "/teachers", Map.of("fullName", "Асел", "subjects", List.of(), "hireDate", -1))),
                bad("hire date in the future", 422, "HIRE_DATE_IN_FUTURE", a -> a.post(schools + "/" + school.id + "/teachers",
                        Map.of("fullName", "Асел", "subjects", List.of(), "hireDate", LocalDate.now().plusYears(1).toString()))),
                bad("a misspelt field", 400, "INVALID_FIELDS", a -> a.post(schools + "/" + school.id + "/teachers",
                        Map.of("fullName", "Асел", "subjects", List.of("Химия"), "hireDat", "2020-01-01"))),
                bad("unknown kind", 400, "MALFORMED_REQUEST", a -> a.post(school.associations(),
                        "{\"name\":\"X\",\"kind\":\"CHESS_CLUB\",\"memberIds\":[]}")),
                bad("nobody signed in", 401, "NOT_AUTHENTICATED", a -> a.anonymous().post(schools, school(""))),
                bad("nobody signed in reads", 401, "NOT_AUTHENTICATED", a -> a.anonymous().get(school.associations())),
                bad("a forged session", 401, "NOT_AUTHENTICATED", a -> a.with("Authorization", "Bearer forged")
                        .post(association + "/members", Map.of("teacherId", school.teachers.get(4)))),
                bad("the director registers a school", 403, "ROLE_NOT_ALLOWED", a -> a.post(schools, school(""))),
                bad("an inspector sends a command", 403, "ROLE_NOT_ALLOWED", a -> school.inspector("inspector",
                        List.of(school.id)).post(association + "/members", Map.of("teacherId", school.teachers.get(4)))),
                bad("the administrator reads inside a school", 404, "NOT_FOUND", a -> school.admin.get(school.associations())),
                bad("a teacher who is not the chair plans", 403, "NOT_THE_CHAIR", a -> school.teacher(1).post(
                        association + "/annual-plans", Map.of("schoolYear", 2026, "content", Map.of(
                                "theme", Map.of("title", "Т", "goal", "М"))))),
                bad("a non-member records the election", 403, "NOT_BY_MEMBER", a -> school.teacher(4).post(
                        association + "/chair/election", Map.of("teacherId", school.teachers.get(1),
                                "meetingDate", "2026-09-01"))),
                bad("a NUL in a name", 400, "UNSTORABLE_TEXT", a -> a.post(schools + "/" + school.id + "/teachers",
                        "{\"fullName\":\"Асел\\u0000\",\"subjects\":[],\"hireDate\":\"2020-01-01\"}")),
                bad("half a surrogate pair in a list", 400, "UNSTORABLE_TEXT", a -> a.post(schools + "/" + school.id
                        + "/teachers", "{\"fullName\":\"Асел\",\"subjects\":[\"\\ud800\"],\"hireDate\":\"2020-01-01\"}")),
                bad("a body over a megabyte", 413, "BODY_TOO_LARGE", a -> a.post(schools + "/" + school.id + "/teachers",
                        Map.of("fullName", "Асел", "subjects", java.util.Collections.nCopies(120_000, "Химия"),
                                "hireDate", "2020-01-01"))),
                bad("a teacher of a thousand subjects", 400, "INVALID_FIELDS", a -> a.post(schools + "/" + school.id
                        + "/teachers", Map.of("fullName", "Асел", "subjects", java.util.Collections.nCopies(1000, "Химия"),
                        "hireDate", "2020-01-01"))),
                bad("a key given twice", 400, "MALFORMED_REQUEST", a -> a.post(schools + "/" + school.id + "/teachers",
                        "{\"fullName\":\"Асел\",\"subjects\":[],\"hireDate\":\"2020-01-01\",\"fullName\":null}")),
                bad("a body declared in Latin-1", 415, "UNSUPPORTED_MEDIA_TYPE", a -> a.send("POST", schools + "/"
                        + school.id + "/teachers", "{\"fullName\":\"Асел\",\"subjects\":[],\"hireDate\":\"2020-01-01\"}",
                        "application/json; charset=ISO-8859-1")),
                bad("a number of five thousand digits", 400, "MALFORMED_REQUEST", a -> a.post(schools + "/" + school.id
                        + "/teachers", "{\"fullName\":\"Асел\",\"subjects\":[],\"hireDate\":\"2020-01-01\",\"x\":"
                        + "9".repeat(5000) + "}")),
                bad("a JSON body declared a byte over the limit", 413, "BODY_TOO_LARGE", a -> a.post(schools + "/"
                        + school.id + "/teachers", "{\"fullName\":\"" + "x".repeat(1_000_001 - 15) + "\"}")),
                bad("a document's fields declared in Latin-1", 415, "UNSUPPORTED_MEDIA_TYPE", a -> a.postParts(association
                        + "/documents", new Api.Part("document", null, "application/json; charset=ISO-8859-1",
                        "{\"kind\":\"REGULATION\",\"title\":\"Жобо\",\"date\":\"2026-09-01\"}".getBytes(
                                java.nio.charset.StandardCharsets.UTF_8)))),
                bad("a part an upload does not have", 400, "INVALID_FIELDS", a -> a.postParts(association + "/documents",
                        Api.Part.json("document", Map.of("kind", "REGULATION", "title", "Жобо", "date", "2026-09-01",
                                "reference", "№1")), new Api.Part("note", null, "text/plain", new byte[] {'x'}))),
                bad("a file part without a file name", 400, "INVALID_FIELDS", a -> a.postParts(association + "/documents",
                        Api.Part.json("document", Map.of("kind", "REGULATION", "title", "Жобо", "date", "2026-09-01",
                                "reference", "№1")), new Api.Part("file", null, "application/pdf",
                                "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))),
                bad("a file name in bytes that are not UTF-8", 400, "UNSTORABLE_TEXT", a -> a.postParts(association
                        + "/documents", Api.Part.json("document", Map.of("kind", "REGULATION", "title", "Жобо",
                                "date", "2026-09-01", "reference", "№1")), new Api.Part("file",
                                "a.pdf\"; filename*=UTF-8''%FF%FE.pdf; x=\"y", "application/pdf",
                                "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))),
                bad("a document's fields given twice", 400, "MALFORMED_REQUEST", a -> a.postParts(association
                        + "/documents", Api.Part.json("document", Map.of("kind", "REGULATION", "title", "Жобо",
                                "date", "2026-09-01", "reference", "№1")), Api.Part.json("document", Map.of("kind",
                                "REGULATION", "title", "Башка жобо", "date", "2026-09-01", "reference", "№2")))),
                bad("a NUL in a filter of the log", 400, "UNSTORABLE_TEXT", a -> a.get("/api/log/events?q=%00")),
                bad("a period of the log past the record", 400, "INVALID_PARAMETER",
                        a -> a.get("/api/log/events?since=%2B999999999-12-31")),
                bad("an export of a period before the record, which is not recorded either", 400, "INVALID_PARAMETER",
                        a -> a.get("/api/log/events/export?format=jsonl&since=-999999999-01-01")),
                bad("an association's state on a day past the record", 400, "INVALID_PARAMETER",
                        a -> a.get(association + "/state?at=%2B999999999-12-31")),
                bad("a plan's state on a day before the record", 400, "INVALID_PARAMETER",
                        a -> a.get(schools + "/" + school.id + "/annual-plans/any/state?at=-999999999-01-01")),
                bad("a NUL in a filter of the approvals", 400, "UNSTORABLE_TEXT", a -> a.get("/api/schools/" + school.id
                        + "/plan-approvals?associationId=%00")),
                bad("a multipart body without a boundary", 400, "MALFORMED_REQUEST", a -> a.send("POST", association
                        + "/documents", "--X\r\nContent-Disposition: form-data; name=\"document\"\r\n\r\n{}\r\n--X--\r\n",
                        "multipart/form-data")),
                bad("a password longer than bcrypt reads", 422, "PASSWORD_TOO_LONG", a -> school.admin.post("/api/users",
                        Map.of("username", "uzun", "password", "Мугалимдин-сырсөзү-абдан-узун-жана-коопсуз-2026",
                                "roles", List.of("DIRECTOR"), "schoolId", school.id))),
                bad("a user name with a NUL signs in", 401, "INVALID_CREDENTIALS", a -> a.with("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString("a\0b:c".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .post("/api/session", "")),
                bad("a header over the server's limit", 400, "MALFORMED_REQUEST", a -> a.with("X-Correlation-Id",
                        "x".repeat(10_000)).get(schools)),
                bad("an encoded NUL in the path", 400, "MALFORMED_REQUEST", a -> a.get(schools + "/%00/associations")),
                bad("wrong content type", 415, "UNSUPPORTED_MEDIA_TYPE", a -> a.send("POST", schools, "name=x", "text/plain")),
                bad("a second JSON value after the body", 400, "MALFORMED_REQUEST", a -> a.post(schools + "/" + school.id
                        + "/teachers", "{\"fullName\":\"Асел\",\"subjects\":[],\"hireDate\":\"2020-01-01\"} {\"x\":1}")),
                bad("a number for a name", 400, "MALFORMED_REQUEST", a -> a.post(schools + "/" + school.id + "/teachers",
                        "{\"fullName\":1e400,\"subjects\":[],\"hireDate\":\"2020-01-01\"}")),
                bad("true for a subject", 400, "MALFORMED_REQUEST", a -> a.post(schools + "/" + school.id + "/teachers",
                        "{\"fullName\":\"Асел\",\"subjects\":[true],\"hireDate\":\"2020-01-01\"}")),
                bad("a content type of any type", 415, "UNSUPPORTED_MEDIA_TYPE", a -> a.send("POST", schools + "/"
                        + school.id + "/teachers", "{\"fullName\":\"Асел\",\"subjects\":[],\"hireDate\":\"2020-01-01\"}",
                        "*/*")),
                bad("a content type of any application type, read by the query side", 415, "UNSUPPORTED_MEDIA_TYPE",
                        a -> school.admin.send("POST", "/api/log/checkpoints/verification", "{}", "application/*")),
                bad("a charset named twice, the second not UTF-8", 415, "UNSUPPORTED_MEDIA_TYPE", a -> a.send("POST",
                        schools + "/" + school.id + "/teachers", "{\"fullName\":\"Асел\",\"subjects\":[],"
                        + "\"hireDate\":\"2020-01-01\"}", "application/json; charset=utf-8; charset=latin1")),
                bad("wrong method", 405, "METHOD_NOT_ALLOWED", a -> a.send("PUT", schools, "{}", "application/json")),
                bad("a per cent sign for a school", 404, "NOT_FOUND", a -> a.post(schools + "/%25/teachers",
                        Map.of("fullName", "Асел", "subjects", List.of(), "hireDate", "2020-01-01"))),
                bad("a space for a school", 404, "NOT_FOUND", a -> a.post(schools + "/%20/teachers",
                        Map.of("fullName", "Асел", "subjects", List.of(), "hireDate", "2020-01-01"))),
                bad("a no-break space for an association", 404, "NOT_FOUND", a -> school.deputy.post(
                        school.associations() + "/%C2%A0/control-visits", Map.of("topic", "SUBJECT_WEEKS",
                                "date", "2026-10-01", "findings", "Ө", "recommendations", List.of("Ү"),
                                "followUp", "2026-11-01"))),
                bad("unknown path", 404, "UNKNOWN_PATH", a -> a.get("/api/nowhere")),
                bad("unknown school read", 404, "NOT_FOUND", a -> a.get("/api/schools/no-such-school/associations")),
                bad("unknown association read", 404, "NOT_FOUND", a -> a.get(school.associations() + "/no-such/members")),
                bad("position not a number", 400, "INVALID_PARAMETER", a -> a.get(schools + "?after=soon")),
                bad("position far ahead", 503, "READ_MODEL_BEHIND", a -> a.get(schools + "?after=999999999")),
                bad("unknown time zone", 400, "INVALID_TIME_ZONE", a -> school.admin.post(schools, school("Mars/Olympus"))),
                bad("teacher at an unknown school", 404, "NOT_FOUND", a -> a.post(schools + "/nope/teachers",
                        Map.of("fullName", "Асел", "subjects", List.of(), "hireDate", "2020-01-01"))),
                bad("command to an unknown association", 404, "NOT_FOUND", a -> a.post(school.associations()
                        + "/no-such/members", Map.of("teacherId", school.teachers.get(4)))),
                bad("association of another school", 404, "NOT_FOUND", a -> a.post(otherSchool.associations()
                        + association.substring(association.lastIndexOf('/')) + "/members",
                        Map.of("teacherId", otherSchool.teachers.get(0)))),
                bad("three members", 422, "TOO_FEW_MEMBERS", a -> a.post(school.associations(),
                        school.association("Химия 2", "Химия", school.teachers.subList(0, 3)))),
                bad("teacher of another school", 422, "MEMBER_NOT_ON_STAFF", a -> a.post(association + "/members",
                        Map.of("teacherId", otherSchool.teachers.get(0)))),
                bad("removal below four", 409, "REMOVAL_BELOW_MINIMUM", a -> a.delete(association + "/members/"
                        + school.teachers.get(0))),
                bad("chair who is not a member", 422, "CHAIR_NOT_A_MEMBER", a -> school.teacher(0).post(association + "/chair/election",
                        Map.of("teacherId", school.teachers.get(4), "meetingDate", "2026-09-01"))),
                bad("no order for dissolution", 422, "ORDER_REQUIRED", a -> a.post(association + "/dissolution", Map.of())),
                bad("plan without a theme", 422, "THEME_REQUIRED", a -> asChair(a).post(association + "/annual-plans",
                        Map.of("schoolYear", 2026, "content", Map.of("activities", List.of())))),
                bad("plan of a thousand directions", 400, "FIELD_TOO_LONG", a -> asChair(a).post(association
                        + "/annual-plans", Map.of("schoolYear", 2026, "content", Map.of("theme", Map.of("title", "Т",
                        "goal", "М", "directions", java.util.Collections.nCopies(1000, "Багыт")))))),
                bad("plan with a goal of ten thousand letters", 400, "FIELD_TOO_LONG", a -> asChair(a).post(association
                        + "/annual-plans", Map.of("schoolYear", 2026, "content", Map.of("theme", Map.of("title", "Т",
                        "goal", "ө".repeat(10_000)))))),
                bad("plan drafted by the director", 403, "ROLE_NOT_ALLOWED", a -> a.post(association + "/annual-plans",
                        Map.of("schoolYear", 2026, "content", Map.of("theme", Map.of("title", "Т", "goal", "М"))))),
                bad("plan without a year", 400, "INVALID_FIELDS", a -> asChair(a).post(association + "/annual-plans",
                        Map.of("content", Map.of()))),
                bad("a protocol that heard a null", 400, "INVALID_FIELDS", a -> school.teacher(0).post(association
                        + "/protocols", protocolWith("heard", Arrays.asList((Object) null)))),
                bad("a protocol with a null guest", 400, "INVALID_FIELDS", a -> school.teacher(0).post(association
                        + "/protocols", protocolWith("guests", Arrays.asList("Райондук методист", null)))),
                bad("a resolution with a null responsible", 400, "INVALID_FIELDS", a -> school.teacher(0).post(association
                        + "/protocols", protocolWith("resolutions", List.of(Map.of("text", "Ү", "responsibleIds",
                                Arrays.asList((Object) null)))))),
                bad("a plan of a null direction", 400, "INVALID_FIELDS", a -> asChair(a).post(association + "/annual-plans",
                        Map.of("schoolYear", 2026, "content", Map.of("theme", Map.of("title", "Т", "goal", "М",
                                "directions", Arrays.asList((Object) null)))))),
                bad("a plan of a null task", 400, "INVALID_FIELDS", a -> asChair(a).post(association + "/annual-plans",
                        Map.of("schoolYear", 2026, "content", Map.of("theme", Map.of("title", "Т", "goal", "М",
                                "tasks", Arrays.asList("Милдет", null)))))),
                bad("an individual plan of a null work item", 400, "INVALID_FIELDS", a -> school.teacher(1).post(
                        association + "/individual-plans", Map.of("teacherId", school.teachers.get(1), "schoolYear", 2026,
                                "content", Map.of("workItems", Arrays.asList("Иш", null), "selfEducationTopic", "Тема")))),
                bad("an individual plan revised with a null step", 400, "INVALID_FIELDS", a -> school.teacher(1).post(
                        "/api/schools/" + school.id + "/individual-plans/any/revisions", Map.of("content", Map.of(
                                "workItems", List.of("Иш"), "selfEducationTopic", "Тема",
                                "selfEducationSteps", Arrays.asList((Object) null))))),
                bad("an association opened by an order numbered in 300 characters", 400, "FIELD_TOO_LONG",
                        a -> a.post(school.associations(), associationWith("order", "7".repeat(300), "2026-08-28"))),
                bad("an association opened by an order numbered in 100,001 characters", 400, "FIELD_TOO_LONG",
                        a -> a.post(school.associations(), associationWith("order", "7".repeat(100_001), "2026-08-28"))),
                bad("an association proposed under a number of 300 characters", 400, "FIELD_TOO_LONG",
                        a -> a.post(school.associations(), associationWith("proposal", "7".repeat(300), "2026-08-25"))),
                bad("an association approved by the methodological council under a number of 300 characters", 400,
                        "FIELD_TOO_LONG", a -> a.post(school.associations(), associationWith("methodologicalCouncilApproval",
                                "7".repeat(300), "2026-08-22"))),
                bad("a reorganisation ordered under a number of 300 characters", 400, "FIELD_TOO_LONG", a -> a.post(
                        association + "/reorganisation", reorganisationWith("7".repeat(300), "12"))),
                bad("a reorganisation proposed under a number of 300 characters", 400, "FIELD_TOO_LONG", a -> a.post(
                        association + "/reorganisation", reorganisationWith("46-б", "7".repeat(300)))),
                bad("an election citing protocol 0…01 in 301 characters", 400, "FIELD_TOO_LONG", a -> school.teacher(0).post(
                        association + "/chair/election", Map.of("teacherId", school.teachers.get(0), "meetingDate",
                                "2026-09-01", "protocol", Map.of("number", "0".repeat(300) + "1", "date", "2026-09-01")))),
                bad("approval of an unknown plan", 404, "NOT_FOUND", a -> school.deputy.post("/api/schools/" + school.id + "/annual-plans/no-such/approval", Map.of("version", 1))),
                bad("impossible month", 400, "INVALID_PARAMETER", a -> asChair(a).send("PUT",
                        "/api/schools/" + school.id + "/annual-plans/any/months/2026-13", "{\"items\":[\"x\"]}",
                        "application/json")),
                bad("history of an unknown plan", 404, "NOT_FOUND", a -> a.get("/api/schools/" + school.id
                        + "/annual-plans/no-such/history")),
                bad("approvals since a time past the calendar", 400, "INVALID_PARAMETER", a -> a.get("/api/schools/"
                        + school.id + "/plan-approvals?from=" + Long.MAX_VALUE)),
                bad("plans without a year", 400, "MISSING_PARAMETER", a -> a.get("/api/schools/" + school.id + "/plans")),
                bad("timeline of a year out of range", 400, "INVALID_PARAMETER", a -> a.get("/api/schools/" + school.id
                        + "/timeline?year=20260")),
                bad("timeline page of no entries", 400, "INVALID_PARAMETER", a -> a.get(association + "/timeline?limit=0")),
                bad("timeline of an unknown teacher", 404, "NOT_FOUND", a -> a.get("/api/schools/" + school.id
                        + "/teachers/no-such/timeline")),
                bad("timeline of another school's teacher", 404, "NOT_FOUND", a -> a.get("/api/schools/" + school.id
                        + "/teachers/" + otherSchool.teachers.get(0) + "/timeline")));
    }

    /** Reads of an association's records answer for an unknown association as the association's own read does. */
    static Stream<Arguments> readsOfAnAssociationNotInTheSchool() {
        String id = association.substring(association.lastIndexOf('/') + 1);
        return Stream.of("nominations", "mentorships", "control-visits", "archive", "meetings?year=2026",
                "protocols?year=2026", "attestation-materials?year=2026", "coefficients?year=2026").flatMap(records -> Stream.of(
                bad(records + " of an unknown association", 404, "NOT_FOUND",
                        a -> a.get(school.associations() + "/no-such/" + records)),
                bad(records + " of another school's association", 404, "NOT_FOUND",
                        a -> otherSchool.director.get(otherSchool.associations() + "/" + id + "/" + records))));
    }

    /** A protocol of the association's four members with one list as given. */
    private static Map<String, Object> protocolWith(String list, Object entries) {
        Map<String, Object> protocol = new HashMap<>(Map.of("date", "2026-09-15", "presentIds", school.teachers.subList(0, 4),
                "agenda", List.of("Ө"), "heard", List.of(), "resolutions", List.of(Map.of("text", "Ү"))));
        protocol.put(list, entries);
        return protocol;
    }

    /** A new association of the school whose given document is cited by that number. */
    private static Map<String, Object> associationWith(String document, String number, String date) {
        Map<String, Object> body = new HashMap<>(school.association("Химия 3", "Химия", school.teachers.subList(0, 4)));
        body.put(document, document.equals("proposal") ? Map.of("by", "DEPUTY_TEACHING", "number", number, "date", date)
                : Map.of("number", number, "date", date));
        return body;
    }

    private static Map<String, Object> reorganisationWith(String orderNumber, String proposalNumber) {
        Map<String, Object> body = new HashMap<>(school.association("Химия жана биология", "Химия",
                school.teachers.subList(0, 4)));
        body.keySet().removeAll(List.of("pedagogicalCouncilDecision", "methodologicalCouncilApproval"));
        body.put("order", Map.of("number", orderNumber, "date", "2026-09-10"));
        body.put("proposal", Map.of("by", "DEPUTY_TEACHING", "number", proposalNumber, "date", "2026-09-08"));
        return body;
    }

    private static Api asChair(Api api) {
        return school.teacher(0);
    }

    private static Arguments bad(String name, int status, String code, Function<Api, Api.Response> request) {
        return Arguments.of(name, status, code, request);
    }

    private static Map<String, String> school(String timeZone) {
        return Map.of("name", "Мектеп", "district", "Чүй облусу", "timeZone", timeZone);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"badRequests", "readsOfAnAssociationNotInTheSchool"})
    void badRequestGetsAProblemAndStoresNothing(String name, int status, String code, Function<Api, Api.Response> request) {
        long eventsBefore = storedEvents();

        Api.Response response = request.apply(api);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank().isNotEqualTo(code);
        assertThat(problem.path("detail").asText()).isNotBlank().isNotEqualTo(code);
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    /**
     * The identifier of something of another kind in a command's path (a teacher's where an
     * association's belongs, an association's where a plan's does) is not found, whether the command
     * side holds that other thing in memory (the first try, right after its own command) or reads
     * its events (the second, once the first let it go), and nothing is stored.
     */
    @Test
    void theIdentifierOfSomethingElseIsNotFound() {
        String teacher = api.post("/api/schools/" + school.id + "/teachers", Map.of("fullName", "Нурлан Өзүбеков",
                "subjects", List.of("Химия"), "hireDate", "2020-01-01")).id();
        String associationId = association.substring(association.lastIndexOf('/') + 1);
        Api.Response scheduled = school.teacher(0).post(association + "/meetings",
                Map.of("date", "2026-10-15", "agenda", List.of("Ө")));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(202);
        long eventsBefore = storedEvents();

        for (int attempt = 1; attempt <= 2; attempt++) {
            assertNotFound(api.delete(school.associations() + "/" + teacher + "/members/" + school.teachers.get(0)));
        }
        for (int attempt = 1; attempt <= 2; attempt++) {
            assertNotFound(school.deputy.post("/api/schools/" + school.id + "/annual-plans/" + associationId
                    + "/approval", Map.of("version", 1)));
        }
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    private static void assertNotFound(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.json().path("code").asText()).isEqualTo("NOT_FOUND");
    }

    /**
     * CONNECT, which no address takes and HTTP clients do not send, and TRACE, which the server does
     * not take (it would echo the request's headers back), are answered like any other method no
     * address takes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"CONNECT", "TRACE"})
    void aMethodNoAddressTakesIsNotAServerError(String method) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", app.port())) {
            socket.getOutputStream().write((method + " /api/schools HTTP/1.1\r\nHost: localhost\r\nAccept-Language: ru\r\n"
                    + "Cookie: secret=1\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 405").containsIgnoringCase("\r\nAllow: GET")
                    .containsIgnoringCase("\r\nContent-Type: application/problem+json")
                    .contains("\"code\":\"METHOD_NOT_ALLOWED\"", "\"status\":405", "Метод не разрешён")
                    .doesNotContain("secret");
        }
    }

    /** A transfer coding the server does not know, an HTTP version it does not speak: requests it cannot read, not server errors. */
    @ParameterizedTest
    @ValueSource(strings = {
            "POST /api/schools HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip, chunked\r\n",
            "GET /api/schools HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: foo\r\n",
            "GET /api/schools HTTP/3.0\r\nHost: localhost\r\n"})
    void aRequestTheServerCannotReadIsMalformed(String head) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", app.port())) {
            socket.getOutputStream().write((head + "Accept-Language: en\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("\r\nContent-Type: application/problem+json")
                    .contains("\"code\":\"MALFORMED_REQUEST\"", "\"status\":400", "Unreadable request");
        }
    }

    @Test
    void textThatCannotBeStoredIsRefusedNamingItsField() {
        JsonNode problem = api.inLanguage("en").post("/api/schools/" + school.id + "/teachers",
                "{\"fullName\":\"Асел\",\"subjects\":[\"Химия\",\"Х\\u0000\"],\"hireDate\":\"2020-01-01\"}").json();
        assertThat(problem.path("detail").asText()).contains("subjects[1]");
        // Kyrgyz letters, a surrogate pair (an emoji) and control characters PostgreSQL keeps are stored as sent.
        Api.Response hired = api.post("/api/schools/" + school.id + "/teachers", Map.of("fullName", "Ңөү \uD83D\uDCDA\tАсел",
                "subjects", List.of("Химия"), "hireDate", "2020-01-01"));
        assertThat(hired.status()).as(hired.body()).isEqualTo(201);
        // A request without a body is not judged by the charset its Content-Type names.
        Api.Response read = api.send("GET", school.associations(), null, "text/plain; charset=ISO-8859-1");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
    }

    @Test
    void aDayOutsideTheRecordNamesItsField() {
        JsonNode problem = school.teacher(0).inLanguage("en").post(association + "/meetings",
                Map.of("date", "-999999999-01-01", "agenda", List.of("Ө"))).json();
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("date");
        assertThat(problem.path("errors").findValuesAsText("message")).containsExactly("must be a day from 1900-01-01 to 2100-12-31");
        JsonNode kyrgyz = school.teacher(0).inLanguage("ky").post(association + "/meetings",
                Map.of("date", "-999999999-01-01", "agenda", List.of("Ө"))).json();
        assertThat(kyrgyz.path("errors").findValuesAsText("message"))
                .containsExactly("1900-01-01 менен 2100-12-31 аралыгындагы күн болушу керек");
    }

    /** A field's own message is in the reader's language too, not the validator's English. */
    @Test
    void aFieldsMessageIsInTheReadersLanguage() {
        String path = "/api/schools/" + school.id + "/teachers";
        Map<String, Object> blankName = Map.of("fullName", " ", "subjects", List.of("Химия"), "hireDate", "2020-01-01");
        assertThat(api.post(path, blankName).json().path("errors").findValuesAsText("message"))
                .containsExactly("бош болбошу керек");
        assertThat(api.inLanguage("ru").post(path, blankName).json().path("errors").findValuesAsText("message"))
                .containsExactly("не должно быть пустым");
        assertThat(api.inLanguage("en").post(path, blankName).json().path("errors").findValuesAsText("message"))
                .containsExactly("must not be blank");
        Map<String, Object> longName = Map.of("fullName", "Ө".repeat(301), "subjects", List.of("Химия"), "hireDate", "2020-01-01");
        JsonNode tooLong = api.post(path, longName).json();
        assertThat(tooLong.path("errors").findValuesAsText("field")).containsExactly("fullName");
        assertThat(tooLong.path("errors").findValuesAsText("message")).containsExactly("узундугу же саны 300 ашпашы керек");
    }

    /** A file name of 253 Kyrgyz letters (502 bytes in UTF-8) is kept; part headers of kilobytes are malformed, not a file too large. */
    @Test
    void aFileNamedInKyrgyzIsKeptWhateverItsLength() {
        Map<String, String> regulation = Map.of("kind", "REGULATION", "title", "Жобо", "date", "2026-09-01", "reference", "№1");
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String name = "Өңү".repeat(83) + ".pdf";
        Api.Response filed = api.postParts(association + "/documents", Api.Part.json("document", regulation),
                Api.Part.file("file", name, "application/pdf", pdf));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(api.get(association + "/documents/" + filed.id() + "?after=" + filed.position()).json()
                .path("file").path("fileName").asText()).isEqualTo(name);

        long eventsBefore = storedEvents();
        Api.Response overlong = api.postParts(association + "/documents", Api.Part.json("document", regulation),
                Api.Part.file("file", "ө".repeat(3000) + ".pdf", "application/pdf", pdf));
        assertThat(overlong.status()).as(overlong.body()).isEqualTo(400);
        assertThat(overlong.json().path("code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    /** A null entry of a list is named with its place, in the reader's language, and nothing is stored. */
    @Test
    void aNullEntryOfAListIsNamed() {
        long eventsBefore = storedEvents();
        JsonNode heard = school.teacher(0).inLanguage("en").post(association + "/protocols",
                protocolWith("heard", Arrays.asList((Object) null))).json();
        assertThat(heard.path("code").asText()).isEqualTo("INVALID_FIELDS");
        assertThat(heard.path("errors").findValuesAsText("field")).containsExactly("heard[0]");
        assertThat(heard.path("errors").findValuesAsText("message")).containsExactly("must be given");
        JsonNode responsible = school.teacher(0).post(association + "/protocols", protocolWith("resolutions",
                List.of(Map.of("text", "Ү", "responsibleIds", Arrays.asList(school.teachers.get(1), null))))).json();
        assertThat(responsible.path("errors").findValuesAsText("field")).containsExactly("resolutions[0].responsibleIds[1]");
        assertThat(responsible.path("errors").findValuesAsText("message")).containsExactly("көрсөтүлүшү керек");
        JsonNode direction = asChair(api).post(association + "/annual-plans", Map.of("schoolYear", 2026, "content",
                Map.of("theme", Map.of("title", "Т", "goal", "М", "directions", Arrays.asList("Багыт", null))))).json();
        assertThat(direction.path("errors").findValuesAsText("field")).containsExactly("content.theme.directions[1]");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    /**
     * A document's number is named when beyond its bound, and nothing is stored; one at its bound is
     * stored and reaches the record file, whose read model keeps numbers of up to 255 characters.
     */
    @Test
    void aDocumentsNumberHasABound() throws InterruptedException {
        long eventsBefore = storedEvents();
        JsonNode beyond = api.inLanguage("en").post(school.associations(),
                associationWith("order", "7".repeat(101), "2026-08-28")).json();
        assertThat(beyond.path("status").asInt()).isEqualTo(400);
        assertThat(beyond.path("code").asText()).isEqualTo("FIELD_TOO_LONG");
        assertThat(beyond.path("detail").asText()).contains("order.number", "100");
        assertThat(storedEvents()).isEqualTo(eventsBefore);

        String number = "7".repeat(100);
        Api.Response opened = api.post(school.associations(), associationWith("order", number, "2026-08-28"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JdbcClient database = JdbcClient.create(app.bean(DataSource.class));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        long kept = 0;
        while (kept == 0 && System.nanoTime() < deadline) {
            kept = database.sql("SELECT count(*) FROM rm_record_evidence WHERE association_id = ? AND ref = ?")
                    .params(opened.id(), number).query(Long.class).single();
            Thread.sleep(kept == 0 ? 100 : 0);
        }
        assertThat(kept).as("the opening order in the record file").isEqualTo(1);
    }

    @Test
    void aRuleRefusalNamesItsClause() {
        JsonNode problem = api.delete(association + "/members/" + school.teachers.get(0)).json();
        assertThat(problem.path("clause").asText()).isEqualTo("1.1");
    }

    /** A field the request does not have (misspelt, say) is named, not silently dropped. */
    @Test
    void aFieldTheRequestDoesNotHaveIsNamed() {
        JsonNode problem = school.teacher(0).inLanguage("en").post(association + "/meetings",
                Map.of("date", "2026-09-15", "agenda", List.of("Ө"), "agendaItems", List.of("Ү"))).json();
        assertThat(problem.path("code").asText()).isEqualTo("INVALID_FIELDS");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("agendaItems");
        assertThat(problem.path("errors").findValuesAsText("message")).containsExactly("is not a field of this request");
        assertThat(school.teacher(0).post(association + "/meetings",
                Map.of("date", "2026-09-15", "agenda", List.of("Ө"), "agendaItems", List.of("Ү"))).json()
                .path("errors").findValuesAsText("message")).containsExactly("бул суроодо мындай талаа жок");
    }

    /** A refusal for want of a role names the roles in the reader's language, not by their codes. */
    @Test
    void aRoleRefusalNamesTheRolesInTheReadersLanguage() {
        String path = "/api/schools/" + school.id + "/teachers";
        Map<String, Object> teacher = Map.of("fullName", "Асел Бекова", "subjects", List.of("Химия"),
                "hireDate", "2020-01-01");
        Map<String, String> details = new java.util.HashMap<>();
        for (String language : List.of("ky", "ru", "en")) {
            JsonNode problem = school.teacher(1).inLanguage(language).post(path, teacher).json();
            assertThat(problem.path("code").asText()).isEqualTo("ROLE_NOT_ALLOWED");
            details.put(language, problem.path("detail").asText());
        }
        assertThat(details.get("ky")).startsWith("мугалим ролу").contains("директор", "окуу-тарбия иштери боюнча орун басар");
        assertThat(details.get("ru")).startsWith("Роль учитель").contains("директор", "заместитель директора по учебно-воспитательной работе");
        assertThat(details.get("en")).startsWith("The role teacher may not").contains("director", "deputy director for teaching");
        assertThat(String.join(" ", details.values())).doesNotContain("TEACHER", "DIRECTOR", "DEPUTY");
    }

    @Test
    void refusalsSpeakKyrgyzByDefaultAndRussianOrEnglishOnRequest() {
        String path = association + "/members/" + school.teachers.get(0);
        assertThat(api.with("Accept-Language", null).delete(path).json().path("title").asText())
                .isEqualTo("Мүчөнү чыгарууга болбойт");
        assertThat(api.inLanguage("de-DE").delete(path).json().path("title").asText())
                .isEqualTo("Мүчөнү чыгарууга болбойт");
        assertThat(api.inLanguage("xx-!!;q=abc").delete(path).json().path("title").asText())
                .isEqualTo("Мүчөнү чыгарууга болбойт");
        assertThat(api.inLanguage("de;q=1, en;q=0.5").delete(path).json().path("title").asText())
                .isEqualTo("Member cannot be removed");
        assertThat(api.inLanguage("ru-RU,ru;q=0.9").delete(path).json().path("title").asText())
                .isEqualTo("Нельзя исключить члена");
        assertThat(api.inLanguage("en").delete(path).json().path("title").asText())
                .isEqualTo("Member cannot be removed");
    }

    @Test
    void everyRefusalHasItsOwnWordsInKyrgyzRussianAndEnglish() {
        MessageSource messages = app.bean(MessageSource.class);
        for (Refusal refusal : Refusal.values()) {
            for (String part : List.of("title", "detail")) {
                String key = "problem." + refusal.name() + "." + part;
                String ky = messages.getMessage(key, new Object[] {"1", "2"}, null, Locale.forLanguageTag("ky"));
                String ru = messages.getMessage(key, new Object[] {"1", "2"}, null, Locale.forLanguageTag("ru"));
                String en = messages.getMessage(key, new Object[] {"1", "2"}, null, Locale.forLanguageTag("en"));
                assertThat(List.of(ky == null ? "" : ky, ru == null ? "" : ru, en == null ? "" : en))
                        .as(key).doesNotContain("").doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void everyRefusalOfAClauseNamesThatClauseInEveryLanguage() {
        MessageSource messages = app.bean(MessageSource.class);
        List<String> silent = new java.util.ArrayList<>();
        for (Refusal refusal : Refusal.values()) {
            if (refusal.clause().isEmpty()) {
                continue;
            }
            String key = "problem." + refusal.name() + ".detail";
            Object[] arguments = {"1", "2", "3", "4"};
            String ky = messages.getMessage(key, arguments, "", Locale.forLanguageTag("ky"));
            String ru = messages.getMessage(key, arguments, "", Locale.forLanguageTag("ru"));
            String en = messages.getMessage(key, arguments, "", Locale.forLanguageTag("en"));
            if (!ky.contains(refusal.clause()) || !ru.contains(refusal.clause()) || !en.contains(refusal.clause())) {
                silent.add(refusal + " (" + refusal.clause() + ")");
            }
        }
        assertThat(silent).as("refusals whose detail does not name their clause").isEmpty();
    }

    private static long storedEvents() {
        return JdbcClient.create(app.bean(DataSource.class)).sql("SELECT count(*) FROM domainevententry")
                .query(Long.class).single();
    }
}
