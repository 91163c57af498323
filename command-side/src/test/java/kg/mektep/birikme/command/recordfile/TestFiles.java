package kg.mektep.birikme.command.recordfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, made as their formats begin: enough for what is read from the bytes. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] pdf() {
        return "%PDF-1.7\n% Усулдук бирикме жөнүндө жобо\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    static byte[] text() {
        return "Кызматтык милдеттер: ачык сабак өткөрүү".getBytes(StandardCharsets.UTF_8);
    }

    /** A Word document's skeleton: its content types and its main part under word/. */
    static byte[] docx() {
        return zip(false, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document>Милдеттер</w:document>");
    }

    /** An OpenDocument text: its media type stored uncompressed as the first entry, then its content. */
    static byte[] odt() {
        return zip(true, "mimetype", FileContent.ODT, "content.xml", "<office:document-content>Жобо</office:document-content>");
    }

    /** A spreadsheet in OpenDocument form: a ZIP, but not a type the record file keeps. */
    static byte[] ods() {
        return zip(true, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>");
    }

    static byte[] plainZip() {
        return zip(false, "readme.txt", "Жөн эле архив");
    }

    /** An entry kept as it is, not compressed (as ODF keeps its first one, the media type). */
    static ZipEntry stored(String name, byte[] data) {
        ZipEntry entry = new ZipEntry(name);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        entry.setCrc(crc.getValue());
        return entry;
    }

    private static byte[] zip(boolean firstStored, String... namesAndTexts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                byte[] data = namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
                zip.putNextEntry(i == 0 && firstStored ? stored(namesAndTexts[i], data) : new ZipEntry(namesAndTexts[i]));
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
