package kg.mektep.birikme.api.mentoring;

import java.time.LocalDate;

/**
 * A young teacher's mentorship; {@code endedOn} is the day (in the school's time zone) the mentor
 * left the association, which ends it, and null while the mentor is a member.
 */
public record MentorshipView(String mentorshipId, String menteeId, String menteeName, String mentorId, String mentorName,
                             LocalDate since, int sessions, LocalDate lastSession, LocalDate endedOn) {
}
