package kg.mektep.birikme.command.plan;

import java.util.Arrays;
import java.util.List;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by its code, and by the values its message names when those are given. */
final class RefusalMatcher extends TypeSafeMatcher<RuleViolationException> {

    private final Refusal refusal;
    private final List<String> arguments;

    private RefusalMatcher(Refusal refusal, List<String> arguments) {
        this.refusal = refusal;
        this.arguments = arguments;
    }

    static RefusalMatcher refusedWith(Refusal refusal) {
        return new RefusalMatcher(refusal, null);
    }

    static RefusalMatcher refusedWith(Refusal refusal, Object... arguments) {
        return new RefusalMatcher(refusal, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    @Override
    protected boolean matchesSafely(RuleViolationException exception) {
        return exception.refusal() == refusal && (arguments == null || arguments.equals(exception.arguments()));
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a command refused with ").appendValue(refusal);
        if (arguments != null) {
            description.appendText(" naming ").appendValue(arguments);
        }
    }

    @Override
    protected void describeMismatchSafely(RuleViolationException exception, Description description) {
        description.appendText("was refused with ").appendValue(exception.refusal())
                .appendText(" naming ").appendValue(exception.arguments());
    }
}
