package kg.mektep.birikme.api.history;

/**
 * The association's history step by step, from the event store: at most {@code limit} steps after
 * the global position {@code from}, described in the {@code language} (ky, ru or en). Answered with {@link HistorySteps}.
 */
public record AssociationStepsQuery(String schoolId, String associationId, long from, int limit, String language) {
}
