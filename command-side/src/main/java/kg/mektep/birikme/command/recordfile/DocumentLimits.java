package kg.mektep.birikme.command.recordfile;

/** The largest file, in bytes, that may be attached to a document of the record file ({@code birikme.documents.max-size}). */
public record DocumentLimits(long maxBytes) {
}
