package kg.mektep.birikme.command.recordfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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
    void aDeclaredTypeIsReadWithoutItsParametersOrCase() {
        assertThat(FileContent.normalise(" Application/PDF; name=\"жобо.pdf\"")).isEqualTo("application/pdf");
        assertThat(FileContent.normalise(null)).isEmpty();
    }

    @Test
    void theHashIsSha256OfTheBytes() {
        assertThat(FileContent.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
