package kg.mektep.birikme.command.recordfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** What a file is comes from its bytes, whatever its name or declared type say. */
class FileContentTest {

    @Test
    void theKeptTypesAreKnownByTheirBytes() {
        assertThat(FileContent.sniff(TestFiles.pdf())).contains(FileContent.PDF);
        assertThat(FileContent.sniff(TestFiles.png())).contains(FileContent.PNG);
        assertThat(FileContent.sniff(TestFiles.jpeg())).contains(FileContent.JPEG);
        assertThat(FileContent.sniff(TestFiles.docx())).contains(FileContent.DOCX);
        assertThat(FileContent.sniff(TestFiles.odt())).contains(FileContent.ODT);
    }

    @Test
    void anythingElseIsNoKeptType() {
        assertThat(FileContent.sniff(TestFiles.text())).isEmpty();
        assertThat(FileContent.sniff(TestFiles.ods())).isEmpty();
        assertThat(FileContent.sniff(TestFiles.plainZip())).isEmpty();
        assertThat(FileContent.sniff(new byte[0])).isEmpty();
        assertThat(FileContent.sniff(null)).isEmpty();
    }

    @Test
    void aCutOrGarbledArchiveIsNoKeptTypeAndNoFailure() {
        byte[] docx = TestFiles.docx();
        assertThat(FileContent.sniff(Arrays.copyOf(docx, docx.length / 2))).isEmpty();
        byte[] garbled = docx.clone();
        for (int i = docx.length - 22; i < docx.length; i++) {
            garbled[i] = (byte) 0xFF;
        }
        assertThat(FileContent.sniff(garbled)).isEmpty();
        assertThat(FileContent.sniff(new byte[] {'P', 'K', 3, 4})).isEmpty();
    }

    @Test
    void aFileThatIsOnlyItsSignatureIsKnownByIt() {
        assertThat(FileContent.sniff("%PDF-".getBytes(StandardCharsets.US_ASCII))).contains(FileContent.PDF);
        assertThat(FileContent.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .contains(FileContent.PNG);
        assertThat(FileContent.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).contains(FileContent.JPEG);
        assertThat(FileContent.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    }

    // --- OpenDocument: the media type stored as the first entry ------------------------------

    @Test
    void anOdfTextIsKnownByItsFirstEntryAlone() {
        byte[] odt = TestFiles.odt();
        int mediaTypeEnds = LOCAL_HEADER + "mimetype".length() + FileContent.ODT.length();

        assertThat(FileContent.sniff(Arrays.copyOf(odt, mediaTypeEnds))).contains(FileContent.ODT);
        assertThat(FileContent.sniff(Arrays.copyOf(odt, mediaTypeEnds - 1))).isEmpty();
        assertThat(FileContent.sniff(Arrays.copyOf(odt, LOCAL_HEADER + "mimetype".length()))).isEmpty();
    }

    @Test
    void anOdfTextWhoseFirstEntryCarriesAnExtraFieldIsKnown() {
        // Padding of the kind zip aligners write, longer than 255 bytes so that its length takes both bytes.
        byte[] odt = new Archive().stored("mimetype", FileContent.ODT, padding(300), null)
                .deflated("content.xml", "<office:document-content>Жобо</office:document-content>").closed(null);

        assertThat(u16(odt, 28)).isEqualTo(300);
        assertThat(FileContent.sniff(odt)).contains(FileContent.ODT);
    }

    // --- Word documents: "[Content_Types].xml" and parts under "word/" ------------------------

    @Test
    void anOfficeArchiveWithoutWordPartsIsNoWordDocument() {
        byte[] spreadsheet = new Archive().deflated("[Content_Types].xml", "<Types/>")
                .deflated("xl/workbook.xml", "<workbook/>").deflated("xl/worksheets/sheet1.xml", "<worksheet/>")
                .closed(null);

        assertThat(FileContent.sniff(spreadsheet)).isEmpty();
    }

    @Test
    void aWordDocumentWithTheLongestArchiveCommentIsKnown() {
        byte[] docx = new Archive().deflated("[Content_Types].xml", "<Types/>")
                .deflated("word/document.xml", "<w:document>Милдеттер</w:document>")
                .closed("-".repeat(0xFFFF));

        assertThat(u16(docx, docx.length - 0xFFFF - 2)).as("the comment's length").isEqualTo(0xFFFF);
        assertThat(FileContent.sniff(docx)).contains(FileContent.DOCX);
    }

    @Test
    void entriesWithExtraFieldsAndCommentsAreSteppedOver() {
        byte[] docx = new Archive()
                .deflated("[Content_Types].xml", "<Types/>", padding(12), "Мазмундун түрлөрү")
                .deflated("word/document.xml", "<w:document>Милдеттер</w:document>").closed(null);

        assertThat(FileContent.sniff(docx)).contains(FileContent.DOCX);
    }

    @Test
    void onlyTheEntriesTheEndRecordCountsAreRead() {
        byte[] docx = TestFiles.docx();
        int end = docx.length - END_RECORD;
        putU16(docx, end + 8, 1);
        putU16(docx, end + 10, 1);

        assertThat(FileContent.sniff(docx)).as("word/document.xml is the second entry").isEmpty();
    }

    @Test
    void aDirectoryWhereNoRecordFitsIsNoKeptTypeAndNoFailure() {
        for (int beyond = -3; beyond <= 1; beyond++) {
            byte[] docx = TestFiles.docx();
            putU32(docx, docx.length - END_RECORD + 16, docx.length + beyond);

            assertThat(FileContent.sniff(docx)).as("directory at the archive's length %+d", beyond).isEmpty();
        }
    }

    @Test
    void aNameIsReadUpToTheArchivesLastByteButNotBeyond() {
        String lastName = "word/document.xml";
        byte[] docx = TestFiles.docx();
        int lastRecord = docx.length - END_RECORD - DIRECTORY_RECORD - lastName.length();
        assertThat(new String(docx, lastRecord + DIRECTORY_RECORD, lastName.length(), StandardCharsets.UTF_8))
                .isEqualTo(lastName);
        int upToTheLastByte = docx.length - lastRecord - DIRECTORY_RECORD;

        putU16(docx, lastRecord + 28, upToTheLastByte);
        assertThat(FileContent.sniff(docx)).as("the name takes in the end record").contains(FileContent.DOCX);
        putU16(docx, lastRecord + 28, upToTheLastByte + 1);
        assertThat(FileContent.sniff(docx)).as("the name runs one byte beyond the archive").isEmpty();
    }

    @Test
    void aDeclaredTypeIsReadWithoutItsParametersOrCase() {
        assertThat(FileContent.normalise(" Application/PDF; name=\"жобо.pdf\"")).isEqualTo("application/pdf");
        assertThat(FileContent.normalise("; charset=utf-8")).isEmpty();
        assertThat(FileContent.normalise(null)).isEmpty();
    }

    @Test
    void theHashIsSha256OfTheBytes() {
        assertThat(FileContent.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    // --- making and patching archives -------------------------------------------------------

    private static final int LOCAL_HEADER = 30;
    private static final int DIRECTORY_RECORD = 46;
    private static final int END_RECORD = 22;

    /** An extra field of the given length in all: one block of a tag no reader knows, filled with zeros. */
    private static byte[] padding(int length) {
        byte[] extra = new byte[length];
        putU16(extra, 0, 0xD935);
        putU16(extra, 2, length - 4);
        return extra;
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static void putU16(byte[] bytes, int at, int value) {
        bytes[at] = (byte) value;
        bytes[at + 1] = (byte) (value >>> 8);
    }

    private static void putU32(byte[] bytes, int at, long value) {
        putU16(bytes, at, (int) value);
        putU16(bytes, at + 2, (int) (value >>> 16));
    }

    /** An archive written by java.util.zip, entry by entry, with what a test needs on each. */
    private static final class Archive {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);

        Archive deflated(String name, String text) {
            return deflated(name, text, null, null);
        }

        Archive deflated(String name, String text, byte[] extra, String comment) {
            return add(new ZipEntry(name), text.getBytes(StandardCharsets.UTF_8), extra, comment);
        }

        Archive stored(String name, String text, byte[] extra, String comment) {
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            return add(TestFiles.stored(name, data), data, extra, comment);
        }

        private Archive add(ZipEntry entry, byte[] data, byte[] extra, String comment) {
            entry.setExtra(extra);
            entry.setComment(comment);
            try {
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        byte[] closed(String comment) {
            try (zip) {
                zip.setComment(comment);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }
}
