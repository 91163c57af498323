package kg.mektep.birikme.command.rules;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;

/** The one way a rule refuses a command: with its code and the values its message names. */
public final class Rules {

    private Rules() {
    }

    /**
     * The longest number a document is cited by (an order, a council's decision, a proposal, a
     * protocol): as long as an archive act's number, and well within what a read model keeps of it.
     */
    public static final int MAXIMUM_NUMBER = 100;

    public static void require(boolean holds, Refusal refusal, Object... arguments) {
        if (!holds) {
            throw new RuleViolationException(refusal, arguments);
        }
    }

    public static void requireText(String value, String field) {
        require(value != null && !value.isBlank(), Refusal.FIELD_REQUIRED, field);
    }

    public static void requirePresent(Object value, String field) {
        require(value != null, Refusal.FIELD_REQUIRED, field);
    }

    /** A document's number within {@link #MAXIMUM_NUMBER}; a missing one is for the rules to judge. */
    public static void requireNumberWithinBounds(String number, String field) {
        require(number == null || number.length() <= MAXIMUM_NUMBER, Refusal.FIELD_TOO_LONG, field, MAXIMUM_NUMBER);
    }

    /**
     * Every entry of a list given is there: the rules read a list through {@link #orEmpty}, which skips
     * a null entry, so one left in would be stored unchecked in the event. Refused naming the entry,
     * e.g. {@code heard[0]}; a missing list is for the rules to judge.
     */
    public static void requireEntries(List<?> values, String field) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            require(values.get(i) != null, Refusal.FIELD_REQUIRED, field + "[" + i + "]");
        }
    }

    /** The values given, without null entries; none when the list itself is missing. */
    public static <T> List<T> orEmpty(Collection<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
