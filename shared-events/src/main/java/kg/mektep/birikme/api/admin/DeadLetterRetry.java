package kg.mektep.birikme.api.admin;

/** A retry of a projection's dead letters: how many were now handled and how many are still dead. */
public record DeadLetterRetry(String group, long succeeded, long stillDead) {
}
