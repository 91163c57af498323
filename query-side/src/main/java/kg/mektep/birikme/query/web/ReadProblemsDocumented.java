package kg.mektep.birikme.query.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import kg.mektep.birikme.api.common.Problem;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The OpenAPI document gives each read, and each operation of the administrator on the query side,
 * the errors {@link QueryProblems} may answer to it: {@code application/problem+json} of the schema
 * {@link Problem}.
 */
@Configuration(proxyBeanMethods = false)
class ReadProblemsDocumented {

    @Bean
    OperationCustomizer readProblemResponses() {
        return (operation, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("kg.mektep.birikme.query")) {
                problem(operation, "400", "A parameter that cannot be read: INVALID_PARAMETER, MISSING_PARAMETER, "
                        + "UNSTORABLE_TEXT");
                problem(operation, "401", "No valid session (NOT_AUTHENTICATED)");
                problem(operation, "403", "Not this user's to read (READ_NOT_ALLOWED, ROLE_NOT_ALLOWED)");
                problem(operation, "404", "An unknown id, or one of a school the user does not read (NOT_FOUND)");
                if (!handler.hasMethodAnnotation(GetMapping.class)) {
                    problem(operation, "409", "Not possible in the projection's present state, e.g. "
                            + "REBUILD_IN_PROGRESS");
                }
                problem(operation, "503", "READ_MODEL_BEHIND: a read given ?after= waited birikme.read.await-timeout "
                        + "for the read models (Retry-After given); SERVICE_UNAVAILABLE: the database cannot be reached");
            }
            return operation;
        };
    }

    private static void problem(Operation operation, String status, String description) {
        operation.getResponses().putIfAbsent(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new io.swagger.v3.oas.models.media.MediaType().schema(
                                new Schema<>().$ref("#/components/schemas/" + Problem.class.getSimpleName())))));
    }

    @Bean
    OpenApiCustomizer readProblemSchema() {
        return document -> ModelConverters.getInstance().readAll(Problem.class)
                .forEach((name, schema) -> document.getComponents().getSchemas().putIfAbsent(name, schema));
    }
}
