package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriUtils;

/**
 * Every operation the OpenAPI document lists, sent what no client should send: in each place of
 * the path an id of another kind or a value no id holds, strange values of each query parameter,
 * and bodies whose fields are in turn missing, null, of another type or far out of range; each by
 * the administrator, the director, the deputy and the chair. No answer is a server error (a read
 * that waits for a position far ahead may answer 503 READ_MODEL_BEHIND, as documented), every
 * refusal is problem+json with a code, and a refused request stores nothing. New operations are
 * covered as they appear in the document.
 */
class ApiRobustnessTest {

    /** Ways to end the session or lock users out, which would end the run's own sessions. */
    private static final Set<String> LEFT_OUT = Set.of("/api/session", "/api/session/password",
            "/api/users/{userId}/password", "/api/users/{userId}/disabling");
    private static final List<String> STRANGE_PATH_VALUES = List.of("%25", "%20", "%C2%A0",
            UriUtils.encodePathSegment("өңү", StandardCharsets.UTF_8), "9".repeat(25), "-1", "2026-13", "a".repeat(300),
            String.valueOf(Integer.MAX_VALUE), String.valueOf(Integer.MIN_VALUE));
    /** Integers at their type's bounds: numbers that read, yet no year or count a date or a sum can take. */
    private static final List<String> STRANGE_QUERY_VALUES = List.of("x", "", "-1", "9".repeat(25),
            String.valueOf(Integer.MAX_VALUE), String.valueOf(Integer.MIN_VALUE),
            String.valueOf(Long.MIN_VALUE), String.valueOf(Long.MAX_VALUE), "2026-13-01",
            UriUtils.encodeQueryParam("өң".repeat(500), StandardCharsets.UTF_8));
    private static final List<JsonNode> STRANGE_FIELD_VALUES = List.of(JsonNodeFactory.instance.nullNode(),
            JsonNodeFactory.instance.textNode("x"), JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("-1e30")),
            JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode(),
            JsonNodeFactory.instance.textNode("өңү".repeat(3000)));

    @TempDir
    static Path data;

    static RunningApp app;
    static JsonNode document;
    static Map<String, Api> users;
    static Map<String, String> validValues;
    static List<String> idsOfEachKind;

    @BeforeAll
    static void start() {
        app = RunningApp.start(data.resolve("postgres"), "--birikme.read.await-timeout=300ms",
                "--birikme.embedded.durable=false");
        School school = School.register(app.admin(), "№9 мектеп").withTeachers("Тарых",
                "Асел Өмүрбекова", "Бакыт Ңурманов", "Гүлнара Үсөнова", "Данияр Токтогулов", "Элмира Садыкова");
        String association = school.director.post(school.associations(),
                school.association("Тарых", "Тарых", school.teachers.subList(0, 4))).id();
        Api chair = school.teacher(0);
        chair.post(school.associations() + "/" + association + "/chair/election",
                Map.of("teacherId", school.teachers.get(0), "meetingDate", "2026-09-01"));
        Api.Response plan = chair.post(school.associations() + "/" + association + "/annual-plans",
                Map.of("schoolYear", 2026, "content", Map.of("theme", Map.of("title", "Т", "goal", "М"))));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);

        users = new LinkedHashMap<>();
        users.put("administrator", school.admin);
        users.put("director", school.director);
        users.put("deputy", school.deputy);
        users.put("chair", chair);
        validValues = Map.of("schoolId", school.id, "associationId", association, "teacherId", school.teachers.get(0),
                "planId", plan.id(), "year", "2026", "number", "1", "month", "2026-10", "resolution", "1",
                "name", "staff", "group", "staff");
        idsOfEachKind = List.of(school.id, association, school.teachers.get(0), plan.id());
        document = school.admin.get("/v3/api-docs").json();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Stream<Arguments> operations() {
        List<Arguments> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!LEFT_OUT.contains(path.getKey())) {
                operations.add(Arguments.of(operation.getKey().toUpperCase(), path.getKey(), operation.getValue()));
            }
        }));
        return operations.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operations")
    void strangeRequestsGetProblemsAndStoreNothing(String method, String template, JsonNode operation) {
        List<String> pathNames = new ArrayList<>();
        Map<String, String> query = new LinkedHashMap<>();
        List<String> queryNames = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            if (parameter.path("in").asText().equals("path")) {
                pathNames.add(name);
            } else if (parameter.path("in").asText().equals("query")) {
                queryNames.add(name);
                if (parameter.path("required").asBoolean()) {
                    query.put(name, validValues.getOrDefault(name, sample(parameter.path("schema")).asText()));
                }
            }
        }
        JsonNode jsonBody = operation.path("requestBody").path("content").path("application/json").path("schema");
        String body = jsonBody.isMissingNode() ? null : sample(jsonBody).toString();
        Map<String, String> path = new LinkedHashMap<>();
        pathNames.forEach(name -> path.put(name, validValues.getOrDefault(name, "x")));

        // Each user sends the plain request; the one it takes furthest (an answer, else a refusal other
        // than who they are) sends the rest, so that they get as far as a request of theirs can.
        String plain = url(template, path, query);
        List<String> faults = new ArrayList<>();
        List<Request> requests = new ArrayList<>();
        Api furthest = null;
        int furthestRank = -1;
        for (Api user : users.values()) {
            int status = send(method, new Request(user, plain, body), faults);
            int rank = status < 400 ? 2 : status == 401 || status == 403 ? 0 : 1;
            if (rank > furthestRank) {
                furthest = user;
                furthestRank = rank;
            }
        }
        for (String name : pathNames) {
            for (String value : concat(idsOfEachKind, STRANGE_PATH_VALUES)) {
                requests.add(new Request(furthest, url(template, with(path, name, value), query), body));
            }
        }
        for (String name : queryNames) {
            for (String value : STRANGE_QUERY_VALUES) {
                requests.add(new Request(furthest, url(template, path, with(query, name, value)), body));
            }
        }
        if (body != null) {
            for (JsonNode strangeBody : strangeBodies(sample(jsonBody))) {
                requests.add(new Request(furthest, plain, strangeBody.toString()));
            }
        }
        requests.forEach(request -> send(method, request, faults));
        assertThat(faults).as("%d requests", requests.size() + users.size()).isEmpty();
    }

    /** Sends the request, adds what is wrong with its answer to the faults, and answers its status. */
    private static int send(String method, Request request, List<String> faults) {
        long eventsBefore = storedEvents();
        Api.Response response = request.user().send(method, request.url(), request.body(),
                request.body() == null ? null : "application/json");
        String what = method + " " + request.url() + " " + abbreviated(request.body()) + " -> " + response.status()
                + " " + abbreviated(response.body());
        if (response.status() >= 500 && !response.body().contains("\"READ_MODEL_BEHIND\"")) {
            faults.add("server error: " + what);
        } else if (response.status() >= 400) {
            if (!response.contentType().startsWith("application/problem+json")
                    || response.json().path("code").asText().isEmpty()) {
                faults.add("not a problem with a code: " + what);
            }
            if (storedEvents() != eventsBefore) {
                faults.add("refused, yet stored: " + what);
            }
        }
        return response.status();
    }

    private record Request(Api user, String url, String body) {
    }

    /** The sample body with each field in turn left out or set to each strange value. */
    private static List<JsonNode> strangeBodies(JsonNode sample) {
        List<JsonNode> bodies = new ArrayList<>(STRANGE_FIELD_VALUES);
        for (List<Object> location : locations(sample, new ArrayList<>())) {
            for (JsonNode value : STRANGE_FIELD_VALUES) {
                JsonNode body = sample.deepCopy();
                set(body, location, value);
                bodies.add(body);
            }
            if (location.get(location.size() - 1) instanceof String) {
                JsonNode body = sample.deepCopy();
                ((ObjectNode) parent(body, location)).remove((String) location.get(location.size() - 1));
                bodies.add(body);
            }
        }
        return bodies;
    }

    private static List<List<Object>> locations(JsonNode node, List<Object> at) {
        List<List<Object>> locations = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                List<Object> here = new ArrayList<>(at);
                here.add(name);
                locations.add(here);
                locations.addAll(locations(node.get(name), here));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> here = new ArrayList<>(at);
                here.add(i);
                locations.add(here);
                locations.addAll(locations(node.get(i), here));
            }
        }
        return locations;
    }

    private static JsonNode parent(JsonNode root, List<Object> location) {
        JsonNode node = root;
        for (Object step : location.subList(0, location.size() - 1)) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        return node;
    }

    private static void set(JsonNode root, List<Object> location, JsonNode value) {
        JsonNode parent = parent(root, location);
        Object last = location.get(location.size() - 1);
        if (last instanceof String name) {
            ((ObjectNode) parent).set(name, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
    }

    /** A value of the schema: the first of an enumeration, one element of an array, each property of an object. */
    private static JsonNode sample(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String ref = resolved.get("$ref").asText();
            resolved = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        String type = resolved.path("type").asText();
        if (type.equals("object") || resolved.has("properties")) {
            ObjectNode object = nodes.objectNode();
            resolved.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue())));
            return object;
        }
        return switch (type) {
            case "array" -> nodes.arrayNode().add(sample(resolved.path("items")));
            case "integer" -> nodes.numberNode(1);
            case "number" -> nodes.numberNode(1.5);
            case "boolean" -> nodes.booleanNode(true);
            default -> switch (resolved.path("format").asText()) {
                case "date" -> nodes.textNode("2026-10-01");
                case "date-time" -> nodes.textNode("2026-10-01T10:00:00Z");
                default -> nodes.textNode("Өңү");
            };
        };
    }

    private static String url(String template, Map<String, String> path, Map<String, String> query) {
        String url = template;
        for (Map.Entry<String, String> value : path.entrySet()) {
            String encoded = value.getValue().contains("%") ? value.getValue()
                    : UriUtils.encodePathSegment(value.getValue(), StandardCharsets.UTF_8);
            url = url.replace("{" + value.getKey() + "}", encoded);
        }
        List<String> pairs = new ArrayList<>();
        query.forEach((name, value) -> pairs.add(name + "=" + (value.contains("%") ? value
                : UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8))));
        return pairs.isEmpty() ? url : url + "?" + String.join("&", pairs);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put(name, value);
        return changed;
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static long storedEvents() {
        return JdbcClient.create(app.bean(DataSource.class)).sql("SELECT count(*) FROM domainevententry")
                .query(Long.class).single();
    }
}
