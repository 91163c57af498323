package kg.mektep.birikme.api.recordfile;

import java.util.Arrays;

/**
 * A file as its sender gave it: name, the content type the sender declared, and the bytes. It
 * travels only inside the command; the event keeps its hash, type and size, never the bytes.
 */
public record FileUpload(String fileName, String declaredType, byte[] content) {

    public int size() {
        return content == null ? 0 : content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileUpload that && java.util.Objects.equals(fileName, that.fileName)
                && java.util.Objects.equals(declaredType, that.declaredType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(fileName, declaredType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "FileUpload[fileName=" + fileName + ", declaredType=" + declaredType + ", size=" + size() + "]";
    }
}
