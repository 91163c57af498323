package kg.mektep.birikme.api.mentoring;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MentorAssignedEvent(String mentorshipId, String schoolId, String associationId, String menteeId,
                                  String mentorId, LocalDate since) {
}
