package kg.mektep.birikme.api.mentoring;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MentoringSessionRecordedEvent(String mentorshipId, String schoolId, String associationId, LocalDate date,
                                            String subject) {
}
