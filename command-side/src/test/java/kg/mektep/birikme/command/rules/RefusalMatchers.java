package kg.mektep.birikme.command.rules;

import java.util.Arrays;
import java.util.List;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link RuleViolationException} by its refusal code and, when given, its message values. */
public final class RefusalMatchers {

    private RefusalMatchers() {
    }

    /** The command was refused with this code, whatever values the message names. */
    public static Matcher<RuleViolationException> refusedWith(Refusal refusal) {
        return new RefusedWith(refusal, null);
    }

    /** The command was refused with this code, naming exactly these values. */
    public static Matcher<RuleViolationException> refusedWith(Refusal refusal, Object... arguments) {
        return new RefusedWith(refusal, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    private static final class RefusedWith extends TypeSafeMatcher<RuleViolationException> {

        private final Refusal refusal;
        private final List<String> arguments;

        private RefusedWith(Refusal refusal, List<String> arguments) {
            super(RuleViolationException.class);
            this.refusal = refusal;
            this.arguments = arguments;
        }

        @Override
        protected boolean matchesSafely(RuleViolationException exception) {
            return exception.refusal() == refusal
                    && (arguments == null || arguments.equals(exception.arguments()));
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("a refusal ").appendValue(refusal);
            if (arguments != null) {
                description.appendText(" naming ").appendValueList("[", ", ", "]", arguments);
            }
        }

        @Override
        protected void describeMismatchSafely(RuleViolationException exception, Description mismatch) {
            mismatch.appendText("was refused with ").appendValue(exception.refusal())
                    .appendText(" naming ").appendValue(exception.arguments());
        }
    }
}
