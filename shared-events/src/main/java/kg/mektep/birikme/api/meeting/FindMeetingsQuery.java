package kg.mektep.birikme.api.meeting;

/** The meetings scheduled by an association for a school year, answered with a list of {@link ScheduledMeeting}. */
public record FindMeetingsQuery(String schoolId, String associationId, int schoolYear) {
}
