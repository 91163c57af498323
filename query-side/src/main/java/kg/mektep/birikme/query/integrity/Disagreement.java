package kg.mektep.birikme.query.integrity;

/** The first position where the stored events and the chain disagree, and how. */
public record Disagreement(long position, Kind kind) {

    public enum Kind {
        /** The event at this position is not the one linked there: a field or its payload changed. */
        ALTERED,
        /** The chain links an event here and the table has none (nor anywhere else). */
        MISSING,
        /** The table has an event here the chain never linked, although it reached past this position. */
        INSERTED,
        /** An event linked here stands at another position, or this position holds another linked event's payload. */
        REORDERED
    }
}
