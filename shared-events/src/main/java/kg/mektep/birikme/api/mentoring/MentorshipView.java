package kg.mektep.birikme.api.mentoring;

import java.time.LocalDate;

public record MentorshipView(String mentorshipId, String menteeId, String menteeName, String mentorId, String mentorName,
                             LocalDate since, int sessions, LocalDate lastSession) {
}
