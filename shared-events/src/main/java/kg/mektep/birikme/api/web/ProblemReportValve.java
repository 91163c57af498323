package kg.mektep.birikme.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kg.mektep.birikme.api.common.Languages;
import org.apache.catalina.Context;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Requests Tomcat refuses before the application sees them (a header over its 8 KB limit, a path
 * holding an encoded NUL or slash, a control character in a header, the methods CONNECT and TRACE) are
 * answered as problem+json too, in the request's language, instead of Tomcat's HTML page. Each side
 * installs it in its embedded Tomcat (both sides' installations in one process leave one valve).
 * Tomcat only, no Spring: the sides pass their messages in.
 */
public final class ProblemReportValve extends ErrorReportValve {

    /** The methods some address of the API takes, named in {@code Allow} when CONNECT is refused. */
    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BAD_REQUEST = 400;
    private static final int METHOD_NOT_ALLOWED = 405;
    private static final int NOT_IMPLEMENTED = 501;
    private static final int VERSION_NOT_SUPPORTED = 505;

    /** A side's localized message: its key, the text if the side has none, the language. */
    @FunctionalInterface
    public interface Messages {
        String get(String key, String fallback, Locale language);
    }

    private final Messages messages;

    public ProblemReportValve(Messages messages) {
        this.messages = messages;
    }

    /** Puts this valve in place of the error report valve of the context's host. */
    public static void install(Context context, Messages messages) {
        Pipeline host = context.getParent().getPipeline();
        for (Valve valve : host.getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.removeValve(valve);
            }
        }
        host.addValve(new ProblemReportValve(messages));
        ((StandardHost) context.getParent()).setErrorReportValveClass(ProblemReportValve.class.getName());
    }

    /**
     * TRACE, which Tomcat refuses before any servlet sees it (it would echo the request's headers,
     * cookies included), is answered here, before Spring Boot's error page is looked for: that page
     * would be asked for with the method TRACE too, and answered empty.
     */
    @Override
    public void invoke(Request request, Response response) throws java.io.IOException, jakarta.servlet.ServletException {
        if ("TRACE".equals(request.getMethod()) && response.isError() && response.getStatus() == METHOD_NOT_ALLOWED) {
            response.setSuspended(false);
            report(request, response, null);
            return;
        }
        super.invoke(request, response);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < BAD_REQUEST || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail = "problem.REFUSED_BY_SERVER.detail";
        if (status == NOT_IMPLEMENTED && "CONNECT".equals(request.getMethod()) || status == METHOD_NOT_ALLOWED) {
            // Tomcat's answer to CONNECT (501) or TRACE (405), which no address of the API takes: a
            // client's error, not the server's.
            status = METHOD_NOT_ALLOWED;
            detail = "problem.METHOD_NOT_ALLOWED.detail";
            response.setHeader("Allow", ALLOWED_METHODS);
        } else if (status == NOT_IMPLEMENTED || status == VERSION_NOT_SUPPORTED) {
            // A transfer coding Tomcat does not know (501), an HTTP version it does not speak (505):
            // requests it cannot read, as a header too long is.
            status = BAD_REQUEST;
        }
        response.setStatus(status);
        String code = switch (status) {
            case BAD_REQUEST -> "MALFORMED_REQUEST";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            default -> "INVALID_REQUEST";
        };
        Locale language = Languages.of(request.getHeader("Accept-Language"));
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body(status, code, messages.get("problem." + code + ".title", code, language),
                        messages.get(detail, "The server refused the request before reading it.", language)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response cannot be written: nothing more to say.
        }
    }

    static String body(int status, String code, String title, String detail) throws JsonProcessingException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:birikme:problem:" + code);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", code);
        return JSON.writeValueAsString(problem);
    }
}
