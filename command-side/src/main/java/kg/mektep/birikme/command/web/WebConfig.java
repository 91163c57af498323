package kg.mektep.birikme.command.web;

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
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    /**
     * Text is checked on the way in ({@link StorableText}): each string of a JSON body, a key given
     * twice, the body's size, its declared charset and the parameters. The query side, when it runs
     * alone, checks the same.
     */
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
                // The fields of a multipart body (a document's JSON) are read in the charset each declares.
                if (request instanceof MultipartHttpServletRequest multipart) {
                    for (String field : multipart.getParameterMap().keySet()) {
                        if (!StorableText.utf8Body(multipart.getMultipartContentType(field))) {
                            throw new StorableText.RefusedCharsetException(multipart.getMultipartContentType(field));
                        }
                    }
                }
                return true;
            }
        });
    }
}
