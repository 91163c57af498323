package kg.mektep.birikme.api.meeting;

import java.util.List;
import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R11 (clauses 5.8, 6.5): at the association's last meeting of the year the deputy for teaching work
 * gives the analysis of its work and recommendations; it is the next year's "analysis of last year".
 */
public record RecordYearAnalysisCommand(@TargetAggregateIdentifier String bookId, String schoolId, int number,
                                        String analysis, List<String> recommendations) implements SchoolScoped {
}
