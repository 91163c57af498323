package kg.mektep.birikme.api.meeting;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record YearAnalysisRecordedEvent(String bookId, String schoolId, String associationId, int schoolYear, int number,
                                        String analysis, List<String> recommendations, String deputyId) {
}
