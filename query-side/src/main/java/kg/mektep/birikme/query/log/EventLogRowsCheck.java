package kg.mektep.birikme.query.log;

/**
 * The event log's rows, which inspectors search and export, held against the stored events: intact
 * up to {@code position} ({@code rows} rows agree with what their events give), or, when
 * {@code intact} is false, the last position that still agrees and the first {@code disagreement}.
 * {@code pending} counts events the event log's projection has not handled yet (no row to compare).
 */
public record EventLogRowsCheck(boolean intact, long position, long rows, long pending,
                                RowDisagreement disagreement) {

    /** Where a row and its event first disagree; {@code column} names what differs, when a row is altered. */
    public record RowDisagreement(long position, RowKind kind, String column) {
    }

    public enum RowKind {
        /** The row at this position is not what its event gives: {@code column} differs. */
        ALTERED,
        /** The projection has handled the event at this position, and the log has no row for it. */
        MISSING,
        /** The log has a row at this position and the event table no event there. */
        INSERTED,
        /** The stored event at this position cannot be read, so its row cannot be derived (the chain tells more). */
        UNREADABLE
    }
}
