package kg.mektep.birikme.query.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import kg.mektep.birikme.api.common.Languages;
import kg.mektep.birikme.api.common.StorableText;
import kg.mektep.birikme.api.web.ProblemReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Filters of the log and the other reads end up in SQL: a parameter holding a NUL or half of a
 * surrogate pair is refused with 400, as is such a string in a request body, a key given twice in
 * one object and a body declared in a charset other than UTF-8 ({@link StorableText}). Answers are
 * in the language {@link Languages} chooses. The command side does the same.
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

    /** Answers in Kyrgyz, Russian or English as {@code Accept-Language} asks; in Kyrgyz otherwise ({@link Languages}). */
    @Bean
    @ConditionalOnMissingBean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new AcceptHeaderLocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return Languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            }
        };
    }

    /**
     * Requests Tomcat refuses before the application sees them are answered as problem+json too
     * ({@link ProblemReportValve}), after Spring Boot's own setting of the error report, which it replaces.
     */
    @Bean
    @ConditionalOnMissingBean(name = "problemReports")
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(MessageSource messages) {
        return factory -> factory.addContextCustomizers(context -> ProblemReportValve.install(context,
                (key, fallback, language) -> messages.getMessage(key, null, fallback, language)));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                StorableText.checkRequest(request.getContentType(), request.getContentLengthLong(),
                        request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null,
                        request.getParameterMap());
                return true;
            }
        });
    }
}
