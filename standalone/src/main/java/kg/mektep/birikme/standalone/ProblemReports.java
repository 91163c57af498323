package kg.mektep.birikme.standalone;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import kg.mektep.birikme.api.common.Languages;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the application sees them (a header over its 8 KB limit, a path
 * holding an encoded NUL or slash, a control character in a header) are answered as
 * problem+json too, in the request's language, instead of Tomcat's HTML page. Runs after Spring
 * Boot's own setting of the error page, which it replaces. (Behind the proxy of the
 * docker-compose deployment, the proxy answers such requests itself.)
 */
@Component
class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageSource messages;

    ProblemReports(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ProblemReportValve(messages));
            ((StandardHost) context.getParent()).setErrorReportValveClass(ProblemReportValve.class.getName());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report, written as problem+json with a stable code. */
    static final class ProblemReportValve extends ErrorReportValve {

        private final MessageSource messages;

        ProblemReportValve(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String code = status == 400 ? "MALFORMED_REQUEST" : "INVALID_REQUEST";
            String detail = "problem.REFUSED_BY_SERVER.detail";
            if (status == HttpServletResponse.SC_NOT_IMPLEMENTED) {
                // Tomcat's answer to CONNECT, which no address of the API takes: a client's error, not the server's.
                status = HttpServletResponse.SC_METHOD_NOT_ALLOWED;
                code = "METHOD_NOT_ALLOWED";
                detail = "problem.METHOD_NOT_ALLOWED.detail";
                response.setStatus(status);
                response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            }
            Locale language = Languages.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            try {
                String body = JSON.writeValueAsString(Map.of(
                        "type", "urn:birikme:problem:" + code,
                        "status", status,
                        "code", code,
                        "title", messages.getMessage("problem." + code + ".title", null, code, language),
                        "detail", messages.getMessage(detail, null,
                                "The server refused the request before reading it.", language)));
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the response cannot be written: nothing more to say.
            }
        }
    }
}
