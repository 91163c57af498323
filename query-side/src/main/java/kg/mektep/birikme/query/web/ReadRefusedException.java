package kg.mektep.birikme.query.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A read the service declines, answered as a problem with this status and stable code. */
public class ReadRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<String> arguments;

    public ReadRefusedException(HttpStatus status, String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.status = status;
        this.code = code;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }
}
