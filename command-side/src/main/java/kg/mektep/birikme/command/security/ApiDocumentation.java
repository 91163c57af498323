package kg.mektep.birikme.command.security;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document names the sign-in scheme, so that Swagger UI's "Authorize" takes the token
 * that POST /api/session answers and sends it with every call it tries.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Birikme", version = "${birikme.version}",
        description = "Methodological associations of a school"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The token from POST /api/session (sign in there with HTTP Basic)")
class ApiDocumentation {
}
