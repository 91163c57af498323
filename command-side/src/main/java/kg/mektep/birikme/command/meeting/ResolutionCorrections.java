package kg.mektep.birikme.command.meeting;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A correction that names the individual plan a resolution approves (R8, clause 3.4): its field is
 * {@code resolutions[i].approvesIndividualPlanId} (i counted from 0, as in the protocol's JSON) and
 * its text the plan's id. A protocol is never edited; this is how one recorded without naming the
 * plan is set right, as any other slip is.
 */
public final class ResolutionCorrections {

    private static final Pattern PLAN_OF_RESOLUTION = Pattern.compile("resolutions\\[(\\d{1,4})]\\.approvesIndividualPlanId");

    private ResolutionCorrections() {
    }

    /** The index of the resolution whose plan the correction names, if it names one. */
    public static Optional<Integer> resolutionNamingPlan(String field) {
        Matcher matcher = PLAN_OF_RESOLUTION.matcher(field == null ? "" : field.strip());
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }
}
