package kg.mektep.birikme.query.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The links of the chain: the first event's link is SHA-256 of 32 zero bytes followed by its
 * canonical form; every next one is SHA-256 of the link before it followed by the event's canonical
 * form. The link of the last event therefore vouches for every event before it and for their order.
 */
final class Links {

    static final byte[] GENESIS = new byte[32];

    private Links() {
    }

    static byte[] next(byte[] previous, StoredEvent event) {
        MessageDigest digest = sha256();
        digest.update(previous);
        digest.update(event.canonicalForm());
        return digest.digest();
    }

    static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
