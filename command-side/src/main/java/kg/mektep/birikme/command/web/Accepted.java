package kg.mektep.birikme.command.web;

/**
 * The answer to an accepted command: the id of what it acted on and the global position of the
 * last event it stored. A read with {@code ?after=position} waits until the read models include it.
 */
public record Accepted(String id, Long position) {
}
