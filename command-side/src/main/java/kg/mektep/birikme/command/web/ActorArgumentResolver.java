package kg.mektep.birikme.command.web;

import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** The actor that sign-in put on the request; a handler asking for one is never reached without it. */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    static final String ATTRIBUTE = Actor.class.getName();

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                 WebDataBinderFactory binderFactory) {
        Object actor = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (actor instanceof Actor signedIn) {
            return signedIn;
        }
        throw new RuleViolationException(Refusal.NOT_AUTHENTICATED);
    }
}
