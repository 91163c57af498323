package kg.mektep.birikme.api.control;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ControlVisitRecordedEvent(String visitId, String schoolId, String associationId, ControlTopic topic,
                                        LocalDate date, String findings, List<String> recommendations,
                                        LocalDate followUp, String deputyId) {
}
