package kg.mektep.birikme.query.integrity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import kg.mektep.birikme.query.web.ReadRefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The service's Ed25519 key pair that signs checkpoints of the chain.
 *
 * <p>It is kept in a file ({@code birikme.integrity.key-file}), not in a table: the key vouches for
 * the database, and whoever can rewrite events and chain there must not thereby also be able to
 * sign a checkpoint of the rewritten log. The file is readable by its owner only and belongs in the
 * same backup as the data; replicas of the query side share it, so that all publish one key.
 *
 * <p>It is made on the first start and never replaced: a new key would leave every checkpoint an
 * inspector keeps unverifiable. A key file that cannot be read therefore stops the start, and so do
 * a missing one and one with another key, once the database has recorded which key signs for it.
 */
@Component
@OnJdbcEventStore
class LogSigningKey {

    static final String ALGORITHM = "Ed25519";

    private static final Logger log = LoggerFactory.getLogger(LogSigningKey.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String fingerprint;
    private final LogKeyRecord record;

    /**
     * The key in {@code file}, made there on the first start. The database remembers the key's
     * fingerprint ({@link LogKeyRecord}): a missing file, or a file with another key, then stops the
     * start, unless {@code replaceKey} names the fingerprint recorded, which the operator means to
     * replace with the key found or made now (the checkpoints kept until then are refused from then
     * on). Once replaced, that fingerprint is no longer the one recorded, so the setting has no
     * effect on later starts.
     */
    LogSigningKey(@Value("${birikme.integrity.key-file}") Path file, LogKeyRecord record,
                  @Value("${birikme.integrity.replace-key:}") String replaceKey) {
        boolean existed = Files.exists(file);
        Optional<String> recorded = record.fingerprint();
        boolean mayReplace = recorded.isPresent() && recorded.get().equalsIgnoreCase(replaceKey.strip());
        if (!existed && recorded.isPresent() && !mayReplace) {
            throw new IllegalStateException("The key file " + file + " is missing, and the checkpoints of this "
                    + "database's log are signed with the key of fingerprint " + recorded.get() + ". Restore the key "
                    + "file from the backup; if that key is lost for good, start once with "
                    + "birikme.integrity.replace-key=" + recorded.get() + " to make a new one (checkpoints kept until "
                    + "then will be refused as signed with another key)");
        }
        KeyPair pair = existed ? read(file) : createOrRead(file);
        String fingerprint = Links.hex(Links.sha256(pair.getPublic().getEncoded()));
        String signing = recorded.isPresent() ? recorded.get() : record.recordFirst(fingerprint);
        if (!signing.equals(fingerprint)) {
            if (!mayReplace) {
                throw new IllegalStateException("The key in " + file + " (fingerprint " + fingerprint + ") is not the "
                        + "key that signs the checkpoints of this database's log (fingerprint " + signing + "). "
                        + "Restore that key's file from the backup, or start once with birikme.integrity.replace-key="
                        + signing + " to sign with this key from now on (checkpoints kept until then will be refused "
                        + "as signed with another key)");
            }
            record.replace(fingerprint);
            log.warn("The key in {} (fingerprint {}) now signs the event log's checkpoints in place of the key of "
                    + "fingerprint {}, as birikme.integrity.replace-key asked; checkpoints signed with that key are "
                    + "refused from now on", file.toAbsolutePath(), fingerprint, signing);
        }
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        this.fingerprint = fingerprint;
        this.record = record;
    }

    /**
     * Refuses ({@code 503 SIGNING_KEY_REPLACED}) to sign, check or publish with this key once the
     * database records another: a replica started with {@code birikme.integrity.replace-key} replaced
     * it while this one ran. Its checkpoints would be refused by every replica started since, and the
     * checkpoints those sign refused here; restarted, it reads the new key file or stops.
     */
    void requireRecorded() {
        Optional<String> recorded = record.fingerprint();
        if (recorded.isEmpty() || !recorded.get().equals(fingerprint)) {
            throw new ReadRefusedException(HttpStatus.SERVICE_UNAVAILABLE, "SIGNING_KEY_REPLACED", fingerprint,
                    recorded.orElse("-"));
        }
    }

    /** The hex SHA-256 of the public key, as the database records it. */
    String fingerprint() {
        return fingerprint;
    }

    byte[] sign(byte[] message) {
        return sign(privateKey, message);
    }

    boolean signed(byte[] message, byte[] signature) {
        return verifies(publicKey, message, signature);
    }

    /** The public key as X.509 SubjectPublicKeyInfo (DER), the form other tools read. */
    byte[] publicKeyInfo() {
        return publicKey.getEncoded();
    }

    private static KeyPair createOrRead(Path file) {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
        Properties stored = new Properties();
        stored.setProperty("algorithm", ALGORITHM);
        stored.setProperty("private", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        stored.setProperty("public", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path written = Files.createTempFile(directory, ".log-key", ".tmp");
            try {
                ownerOnly(written);
                try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                    stored.store(out, "Ed25519 key that signs checkpoints of the event log. Keep it secret, back it up.");
                }
                try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                // Never over an existing file: a replica that started at the same moment keeps its key. A hard
                // link is made at once or not at all (a rename would replace a file that appeared meanwhile).
                Files.createLink(file, written);
                log.warn("First start: created the key that signs event log checkpoints in {}", file.toAbsolutePath());
                return pair;
            } catch (FileAlreadyExistsException another) {
                return read(file);
            } finally {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the log signing key in " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static KeyPair read(Path file) {
        Properties stored = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the log signing key in " + file, e);
        }
        if (!ALGORITHM.equals(stored.getProperty("algorithm"))
                || stored.getProperty("public") == null || stored.getProperty("private") == null) {
            throw new IllegalStateException("The key file " + file + " does not hold an Ed25519 key pair");
        }
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            KeyPair pair = new KeyPair(
                    keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(stored.getProperty("public")))),
                    keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.getProperty("private")))));
            byte[] probe = file.toString().getBytes(StandardCharsets.UTF_8);
            if (!verifies(pair.getPublic(), probe, sign(pair.getPrivate(), probe))) {
                throw new IllegalStateException("The private and public key in " + file + " do not belong together");
            }
            return pair;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The key file " + file + " is damaged; restore it from the backup", e);
        }
    }

    private static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An Ed25519 key signs with Java 17's own provider", e);
        }
    }

    private static boolean verifies(PublicKey key, byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (SignatureException malformed) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An Ed25519 key verifies with Java 17's own provider", e);
        }
    }
}
