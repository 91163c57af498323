package kg.mektep.birikme.command.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import kg.mektep.birikme.command.web.Actor;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every command endpoint needs a signed-in user (Authorization: Bearer, from POST /api/session);
 * only signing in itself does not. The user found is the actor of whatever the request sends.
 */
class Authentication implements HandlerInterceptor {

    static final String ACTOR_ATTRIBUTE = Actor.class.getName();
    private static final String COMMAND_PACKAGE = "kg.mektep.birikme.command";

    private final Sessions sessions;

    Authentication(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getPackageName().startsWith(COMMAND_PACKAGE)
                || method.hasMethodAnnotation(SignIn.class)) {
            return true;
        }
        Actor actor = bearer(request).flatMap(sessions::actorOf)
                .orElseThrow(() -> new RuleViolationException(Refusal.NOT_AUTHENTICATED));
        request.setAttribute(ACTOR_ATTRIBUTE, actor);
        return true;
    }

    static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && header.length() > 7) {
            return Optional.of(header.substring(7).strip());
        }
        return Optional.empty();
    }
}
