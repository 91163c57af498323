package kg.mektep.birikme.query.web;

import java.util.List;

/** An operation the current state does not allow; the code says which state, the arguments name it. */
public class ConflictException extends RuntimeException {

    private final String code;
    private final List<String> arguments;

    public ConflictException(String code, String... arguments) {
        super(code + " " + String.join(", ", arguments));
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }
}
