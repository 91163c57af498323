package kg.mektep.birikme.api.meeting;

import java.time.Instant;
import java.util.List;

/** R11: the analysis given at the last meeting (protocol {@code number}) of {@code schoolYear}. */
public record YearAnalysis(int schoolYear, int number, String analysis, List<String> recommendations, String deputyId,
                           Instant at) {
}
