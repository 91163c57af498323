package kg.mektep.birikme.api.recordfile;

/**
 * The file attached to a registered document as the record keeps it: its name, its content type
 * as read from the bytes themselves, its size in bytes and the SHA-256 of its bytes (lower-case hex).
 */
public record AttachedFile(String fileName, String contentType, long size, String sha256) {
}
