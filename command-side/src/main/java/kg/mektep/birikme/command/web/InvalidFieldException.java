package kg.mektep.birikme.command.web;

/**
 * A field of a request that bean validation cannot judge (a part of a multipart body, say), refused
 * as {@code 400 INVALID_FIELDS} naming it, with the message of {@code messageCode} in the reader's language.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageCode;

    public InvalidFieldException(String field, String messageCode) {
        super(field + ": " + messageCode);
        this.field = field;
        this.messageCode = messageCode;
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }
}
