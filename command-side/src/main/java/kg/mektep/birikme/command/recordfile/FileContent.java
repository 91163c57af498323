package kg.mektep.birikme.command.recordfile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a file is, read from its bytes and not from its name or the type its sender declared: PDF,
 * PNG, JPEG, a Word document (DOCX) or an OpenDocument text (ODT); anything else is no type the
 * record file keeps. The two office formats are ZIP archives told apart by their entries, read
 * from the archive's directory without unpacking anything.
 */
final class FileContent {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int ZIP_END_SIGNATURE = 0x06054b50;
    private static final int ZIP_DIRECTORY_SIGNATURE = 0x02014b50;
    private static final int MAX_ENTRIES_READ = 10_000;

    private FileContent() {
    }

    /** The content type the bytes show, or empty when they are none of the kept types. */
    static Optional<String> sniff(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        if (startsWith(bytes, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            return officeDocument(bytes);
        }
        return Optional.empty();
    }

    /** A declared content type without its parameters, in lower case; blank when none was declared. */
    static String normalise(String declaredType) {
        if (declaredType == null) {
            return "";
        }
        int parameters = declaredType.indexOf(';');
        return (parameters < 0 ? declaredType : declaredType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * ODF stores its media type uncompressed as the archive's first entry, "mimetype"; a Word
     * document has "[Content_Types].xml" and its parts under "word/".
     */
    private static Optional<String> officeDocument(byte[] zip) {
        if (firstEntryIsOdfText(zip)) {
            return Optional.of(ODT);
        }
        Set<String> names = entryNames(zip);
        if (names.contains("[Content_Types].xml") && names.stream().anyMatch(name -> name.startsWith("word/"))) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    private static boolean firstEntryIsOdfText(byte[] zip) {
        if (zip.length < 30 || u16(zip, 8) != 0) {
            return false;
        }
        int nameLength = u16(zip, 26);
        int extraLength = u16(zip, 28);
        long dataLength = u32(zip, 18);
        int name = 30;
        long data = (long) name + nameLength + extraLength;
        if (data + dataLength > zip.length || !"mimetype".equals(text(zip, name, nameLength))) {
            return false;
        }
        return ODT.equals(text(zip, (int) data, (int) dataLength));
    }

    /** The names in the archive's central directory; none when it cannot be found or is malformed. */
    private static Set<String> entryNames(byte[] zip) {
        Set<String> names = new HashSet<>();
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (u32(zip, i) == ZIP_END_SIGNATURE) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return names;
        }
        int entries = Math.min(u16(zip, end + 10), MAX_ENTRIES_READ);
        long at = u32(zip, end + 16);
        for (int i = 0; i < entries; i++) {
            if (at < 0 || at + 46 > zip.length || u32(zip, (int) at) != ZIP_DIRECTORY_SIGNATURE) {
                break;
            }
            int position = (int) at;
            int nameLength = u16(zip, position + 28);
            int extraLength = u16(zip, position + 30);
            int commentLength = u16(zip, position + 32);
            if (position + 46L + nameLength > zip.length) {
                break;
            }
            names.add(text(zip, position + 46, nameLength));
            at = position + 46L + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] bytes, int at) {
        return (bytes[at] & 0xffL) | (bytes[at + 1] & 0xffL) << 8 | (bytes[at + 2] & 0xffL) << 16
                | (bytes[at + 3] & 0xffL) << 24;
    }

    private static String text(byte[] bytes, int at, int length) {
        return new String(bytes, at, length, StandardCharsets.UTF_8);
    }
}
