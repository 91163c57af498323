package kg.mektep.birikme.query.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import kg.mektep.birikme.api.common.StorableText;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Filters of the log and the other reads end up in SQL: a parameter holding a NUL or half of a
 * surrogate pair is refused with 400, as is such a string in a request body, a key given twice in
 * one object and a body declared in a charset other than UTF-8 ({@link StorableText}; the command
 * side checks the same).
 */
@Configuration(proxyBeanMethods = false)
class RequestTextConfig implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                json.setObjectMapper(StorableText.strictReaderOf(json.getObjectMapper()));
            }
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                StorableText.checkRequest(request.getContentType(), request.getParameterMap());
                return true;
            }
        });
    }
}
