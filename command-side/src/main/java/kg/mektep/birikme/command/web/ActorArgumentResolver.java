package kg.mektep.birikme.command.web;

import kg.mektep.birikme.api.common.Role;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    static final String ACTOR_ID = "X-Actor-Id";
    static final String ACTOR_ROLE = "X-Actor-Role";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                 WebDataBinderFactory binderFactory) throws Exception {
        String id = request.getHeader(ACTOR_ID);
        String role = request.getHeader(ACTOR_ROLE);
        if (id == null || id.isBlank()) {
            throw new MissingRequestHeaderException(ACTOR_ID, parameter);
        }
        if (role == null || role.isBlank()) {
            throw new MissingRequestHeaderException(ACTOR_ROLE, parameter);
        }
        try {
            return new Actor(id.strip(), Role.valueOf(role.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidHeaderException(ACTOR_ROLE, role);
        }
    }
}
