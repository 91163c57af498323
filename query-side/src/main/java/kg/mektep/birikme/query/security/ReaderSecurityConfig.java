package kg.mektep.birikme.query.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ReaderSecurityConfig implements WebMvcConfigurer {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReaderSecurityConfig(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReaderAuthentication(jdbc, clock));
    }

    /** Headers every response carries: no sniffing, no framing, pages only from this service. */
    @Bean
    FilterRegistrationBean<Filter> querySideSecurityHeaders() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("Referrer-Policy", "no-referrer");
            http.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                    + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'");
            chain.doFilter(request, response);
        });
        registration.setName("querySideSecurityHeaders");
        return registration;
    }
}
