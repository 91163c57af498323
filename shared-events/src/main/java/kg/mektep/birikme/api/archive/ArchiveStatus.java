package kg.mektep.birikme.api.archive;

/** Where a document stands on a given day in its school's time zone (R12, clause 5.9). */
public enum ArchiveStatus {
    /** Kept at school: its three years there are not over. */
    AT_SCHOOL,
    /** Its three years at school are over and no transfer act names it yet. */
    DUE_FOR_TRANSFER,
    /** Handed over by a transfer act; its ten years in the archive are not over, or a hold keeps it there. */
    IN_ARCHIVE,
    /** Ten years in the archive are over, no hold stands and no disposal act names it yet. */
    DUE_FOR_DISPOSAL,
    /** Named by a disposal act. */
    DISPOSED
}
