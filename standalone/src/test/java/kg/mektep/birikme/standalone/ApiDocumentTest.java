package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.jackson.TypeNameResolver;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document as a client reads it: both sides in one document, each command with the body
 * it takes, and none of the values the service fills in itself from the sign-in.
 */
class ApiDocumentTest {

    private static final String SCHOOL = "/api/schools/{schoolId}";
    private static final String ASSOCIATION = SCHOOL + "/associations/{associationId}";

    @TempDir
    static Path data;

    static RunningApp app;
    static JsonNode document;

    @BeforeAll
    static void start() {
        app = RunningApp.start(data.resolve("postgres"), "--birikme.embedded.durable=false");
        Api.Response answer = app.api().get("/v3/api-docs");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        document = answer.json();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiDescribeBothSides() {
        assertThat(document.path("paths").has("/api/session")).isTrue();
        assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asText())
                .isEqualTo("bearer");
        assertThat(document.path("paths").has("/api/schools/{schoolId}/associations")).isTrue();
        assertThat(document.path("paths").has("/api/schools/{schoolId}/associations/{associationId}/members"))
                .isTrue();
        assertThat(document.path("paths").path("/api/schools/{schoolId}/associations").has("post")).isTrue();
        assertThat(document.path("paths").path("/api/schools/{schoolId}/associations").has("get")).isTrue();
        assertThat(app.api().get("/swagger-ui/index.html").status()).isEqualTo(200);
        // OpenAPI requires the document's version: here the build's.
        assertThat(document.path("info").path("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void eachCommandIsDocumentedWithItsOwnBody() {
        assertThat(fieldsOfBody(ASSOCIATION + "/control-visits"))
                .containsExactlyInAnyOrder("topic", "date", "findings", "recommendations", "followUp");
        assertThat(fieldsOfBody(ASSOCIATION + "/lesson-visits")).containsExactlyInAnyOrder("visitingTeacherId",
                "visitedTeacherId", "className", "topic", "date", "analysis");
        assertThat(fieldsOfBody(SCHOOL + "/annual-plans/{planId}/approval")).containsExactly("version");
        assertThat(fieldsOfBody(SCHOOL + "/attestation-materials/{materialId}/approval")).containsExactly("protocol");
        assertThat(fieldsOfBody(ASSOCIATION + "/activities/{year}/open-lessons/{activityId}/analysis"))
                .containsExactlyInAnyOrder("date", "analysis");
        assertThat(fieldsOfBody(ASSOCIATION + "/protocols/{year}/analysis"))
                .containsExactlyInAnyOrder("number", "analysis", "recommendations");
    }

    /**
     * The document names a schema by its type's simple name: two types of one name would share one
     * schema, and one of them would be documented with the other's fields.
     */
    @Test
    void noTwoTypesOfTheApiShareASchemaName() {
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> typesByName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (RequestMappingHandlerMapping mapping : app.beansOfType(RequestMappingHandlerMapping.class).values()) {
            for (HandlerMethod handler : mapping.getHandlerMethods().values()) {
                List<Type> types = new ArrayList<>(List.of(handler.getMethod().getGenericParameterTypes()));
                types.add(handler.getMethod().getGenericReturnType());
                for (Type type : types) {
                    collect(json.constructType(type), json, seen, typesByName);
                }
            }
        }

        assertThat(typesByName).containsKeys("ControlVisitRequest", "LessonVisitRequest", "MemberList");
        Map<String, Set<String>> shared = new TreeMap<>(typesByName);
        shared.values().removeIf(types -> types.size() == 1);
        assertThat(shared).as("schema names of more than one type").isEmpty();
    }

    /**
     * The user who sends a command comes from the sign-in, never from the request: no operation asks
     * for it. The one parameter of that name is the event log's filter by the user who acted.
     */
    @Test
    void noOperationAsksForTheSignedInUser() {
        List<String> asked = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().path("parameters").forEach(parameter -> {
                    String name = parameter.path("name").asText();
                    if (name.equals("actor") || name.equals("admin")
                            || parameter.path("schema").path("$ref").asText().endsWith("/Actor")) {
                        asked.add(operation.getKey() + " " + path.getKey() + " " + name + " "
                                + parameter.path("schema").path("type").asText());
                    }
                })));

        assertThat(asked).containsExactlyInAnyOrder("get /api/log/events actor string",
                "get /api/log/events/export actor string");
        assertThat(document.path("components").path("schemas").has("Actor")).isFalse();
    }

    /** A command is documented with the status it answers: 201 when it creates, 202 when it acts, 204 when nothing follows. */
    @Test
    void eachCommandIsDocumentedWithTheStatusItAnswers() {
        assertThat(successes("post", SCHOOL + "/associations")).containsExactly("201");
        assertThat(successes("post", ASSOCIATION + "/members")).containsExactly("202");
        assertThat(successes("delete", ASSOCIATION + "/members/{teacherId}")).containsExactly("202");
        assertThat(successes("post", ASSOCIATION + "/seminars")).containsExactly("201");
        assertThat(successes("post", "/api/session")).containsExactly("201");
        assertThat(successes("delete", "/api/session")).containsExactly("204");
        List<String> undocumented = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!operation.getKey().equals("get") && path.getKey().startsWith("/api/schools")
                    && successes(operation.getKey(), path.getKey()).contains("200")) {
                undocumented.add(operation.getKey() + " " + path.getKey());
            }
        }));
        assertThat(undocumented).as("commands documented as 200").isEmpty();
    }

    /**
     * Answers are documented as JSON but where an operation answers otherwise; errors as
     * application/problem+json of the schema Problem, with the statuses each kind of operation may answer.
     */
    @Test
    void answersAndErrorsAreDocumentedWithTheirMediaTypes() {
        List<String> anyType = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().path("responses").fields().forEachRemaining(response -> {
                    if (response.getValue().path("content").has("*/*")) {
                        anyType.add(operation.getKey() + " " + path.getKey() + " " + response.getKey());
                    }
                })));
        assertThat(anyType).containsExactly("get " + ASSOCIATION + "/documents/{documentId}/file 200");
        assertThat(mediaTypes("get", "/api/log/events/export", "200")).containsExactly("text/csv", "application/jsonl");
        assertThat(mediaTypes("get", ASSOCIATION + "/members", "200")).containsExactly("application/json");

        assertThat(problems("post", ASSOCIATION + "/members"))
                .containsExactly("400", "401", "403", "404", "409", "413", "415", "422", "503");
        assertThat(problems("delete", ASSOCIATION + "/members/{teacherId}"))
                .containsExactly("400", "401", "403", "404", "409", "422", "503");
        assertThat(problems("get", ASSOCIATION + "/members")).containsExactly("400", "401", "403", "404", "503");
        assertThat(problems("post", "/api/admin/projections/{name}/rebuild"))
                .containsExactly("400", "401", "403", "404", "409", "503");
        JsonNode problem = document.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.has("code")).isTrue();
        assertThat(problem.has("clause")).isTrue();
        assertThat(problem.path("errors").path("items").path("$ref").asText()).endsWith("/InvalidField");
    }

    /** Every reference in the document names a schema the document holds. */
    @Test
    void everyReferenceOfTheDocumentResolves() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        assertThat(references).contains("#/components/schemas/Problem", "#/components/schemas/InvalidField");
        List<String> unresolved = new ArrayList<>();
        for (String reference : references) {
            if (!reference.startsWith("#/components/schemas/") || !document.path("components").path("schemas")
                    .has(reference.substring("#/components/schemas/".length()))) {
                unresolved.add(reference);
            }
        }
        assertThat(unresolved).isEmpty();
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.has("$ref")) {
            references.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }

    private static List<String> mediaTypes(String method, String path, String status) {
        List<String> types = new ArrayList<>();
        document.path("paths").path(path).path(method).path("responses").path(status).path("content")
                .fieldNames().forEachRemaining(types::add);
        return types;
    }

    /** The error statuses of an operation, each of which must be problem+json of the schema Problem. */
    private static List<String> problems(String method, String path) {
        List<String> codes = new ArrayList<>();
        document.path("paths").path(path).path(method).path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                assertThat(response.getValue().path("content").path("application/problem+json").path("schema")
                        .path("$ref").asText()).as(method + " " + path + " " + response.getKey())
                        .isEqualTo("#/components/schemas/Problem");
                codes.add(response.getKey());
            }
        });
        return codes;
    }

    private static List<String> successes(String method, String path) {
        List<String> codes = new ArrayList<>();
        document.path("paths").path(path).path(method).path("responses").fieldNames().forEachRemaining(code -> {
            if (code.startsWith("2")) {
                codes.add(code);
            }
        });
        return codes;
    }

    /** The field names of the body a POST to this path takes, as the document gives them. */
    private static List<String> fieldsOfBody(String path) {
        JsonNode body = document.path("paths").path(path).path("post").path("requestBody")
                .path("content").path("application/json").path("schema");
        assertThat(body.path("$ref").asText()).as(path).startsWith("#/components/schemas/");
        String name = body.path("$ref").asText().substring("#/components/schemas/".length());
        List<String> fields = new ArrayList<>();
        document.path("components").path("schemas").path(name).path("properties").fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    /** This type, its type arguments and the types of its properties, where they are the service's own. */
    private static void collect(JavaType type, ObjectMapper json, Set<Class<?>> seen, Map<String, Set<String>> typesByName) {
        for (JavaType argument : type.getBindings().getTypeParameters()) {
            collect(argument, json, seen, typesByName);
        }
        if (type.getContentType() != null) {
            collect(type.getContentType(), json, seen, typesByName);
        }
        Class<?> raw = type.getRawClass();
        if (!raw.getName().startsWith("kg.mektep.birikme.") || !seen.add(raw)) {
            return;
        }
        typesByName.computeIfAbsent(TypeNameResolver.std.nameForType(type), name -> new TreeSet<>()).add(raw.getName());
        for (BeanPropertyDefinition property : json.getSerializationConfig().introspect(type).findProperties()) {
            collect(property.getPrimaryType(), json, seen, typesByName);
        }
    }
}
