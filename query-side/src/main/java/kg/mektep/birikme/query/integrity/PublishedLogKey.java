package kg.mektep.birikme.query.integrity;

/**
 * The public half of the key that signs checkpoints: {@code publicKey} is the base64 of its X.509
 * SubjectPublicKeyInfo, {@code fingerprint} the hex SHA-256 of those bytes, to compare by eye;
 * {@code signedText} is the text a checkpoint's signature covers, {@code receiptSignedText} that of an
 * export's receipt.
 */
public record PublishedLogKey(String algorithm, String publicKey, String fingerprint, String signedText,
                              String receiptSignedText) {
}
