package kg.mektep.birikme.query.integrity;

/**
 * The answer of a check: intact up to {@code position} ({@code events} events, the last link
 * {@code link}), or, when {@code intact} is false, the last position that still agrees and the
 * first {@code disagreement}. {@code unlinked} counts the stored events after the chain's head,
 * which it has not reached yet (a transaction before them still running).
 */
public record LogIntegrity(boolean intact, long position, long events, String link, long unlinked,
                           Disagreement disagreement) {
}
