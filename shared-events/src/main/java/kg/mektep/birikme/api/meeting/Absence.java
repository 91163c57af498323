package kg.mektep.birikme.api.meeting;

/** A member absent from a meeting, with the reason the protocol gives. */
public record Absence(String teacherId, String reason) {
}
