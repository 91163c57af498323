package kg.mektep.birikme.api.mentoring;

/** Young teachers of an association and their mentors, answered with a list of {@link MentorshipView}. */
public record FindMentorshipsQuery(String schoolId, String associationId) {
}
