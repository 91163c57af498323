package kg.mektep.birikme.api.common;

import java.util.Arrays;
import java.util.List;

/**
 * A command refused by a rule. It carries the stable {@link Refusal} code and the values that the
 * localized message names; the text itself is chosen at the edge, in the reader's language.
 */
public class RuleViolationException extends RuntimeException {

    private final Refusal refusal;
    private final List<String> arguments;

    public RuleViolationException(Refusal refusal, Object... arguments) {
        super(refusal.name() + (refusal.clause().isEmpty() ? "" : " (clause " + refusal.clause() + ")")
                + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.refusal = refusal;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public Refusal refusal() {
        return refusal;
    }

    public List<String> arguments() {
        return arguments;
    }

    /** The form that crosses a distributed command bus, where exceptions travel as details. */
    public RefusalDetails details() {
        return new RefusalDetails(refusal.name(), arguments);
    }
}
