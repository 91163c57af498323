package kg.mektep.birikme.api.activity;

/** A pupil placed in a subject week, olympiad or contest; {@code place} counts from 1. */
public record Winner(String pupilName, String className, int place) {
}
