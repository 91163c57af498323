package kg.mektep.birikme.command.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import kg.mektep.birikme.api.common.Problem;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document gives each command the errors {@link CommandProblems} may answer to it, each
 * {@code application/problem+json} of the schema {@link Problem}.
 */
@Configuration(proxyBeanMethods = false)
class CommandProblemsDocumented {

    /** Every command's error statuses, in the order of their status. */
    private static final Map<String, String> STATUSES = statuses();
    /** Those of a command that takes a body too. */
    private static final Map<String, String> OF_A_BODY = Map.of(
            "413", "A body over 1,000,000 bytes, or a file over birikme.documents.max-size (BODY_TOO_LARGE)",
            "415", "A body in another charset than UTF-8, or of another type than the command takes");

    @Bean
    OperationCustomizer commandProblemResponses() {
        return (operation, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("kg.mektep.birikme.command")) {
                Content problem = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + Problem.class.getSimpleName())));
                Map<String, String> statuses = new TreeMap<>(STATUSES);
                if (operation.getRequestBody() != null) {
                    statuses.putAll(OF_A_BODY);
                }
                statuses.forEach((status, description) -> operation.getResponses()
                        .putIfAbsent(status, new ApiResponse().description(description).content(problem)));
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer commandProblemSchema() {
        return document -> ModelConverters.getInstance().readAll(Problem.class)
                .forEach((name, schema) -> document.getComponents().getSchemas().putIfAbsent(name, schema));
    }

    private static SortedMap<String, String> statuses() {
        SortedMap<String, String> statuses = new TreeMap<>();
        statuses.put("400", "Malformed input: MALFORMED_REQUEST, INVALID_FIELDS, FIELD_TOO_LONG, UNSTORABLE_TEXT, "
                + "INVALID_PARAMETER, MISSING_PARAMETER");
        statuses.put("401", "No valid session (NOT_AUTHENTICATED)");
        statuses.put("403", "The signed-in user may not send this command; the code names what is missing");
        statuses.put("404", "An unknown id, or one of another school (NOT_FOUND)");
        statuses.put("409", "Refused by a rule of the regulation in the record's present state (the clause given), "
                + "or a concurrent change (CONCURRENT_CHANGE)");
        statuses.put("422", "Refused by a rule of the regulation: what was sent breaks it (the clause given)");
        statuses.put("503", "The database cannot be reached (SERVICE_UNAVAILABLE)");
        return Collections.unmodifiableSortedMap(statuses);
    }
}
