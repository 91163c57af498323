package kg.mektep.birikme.query.security;

/** A signed-in reader without any of the roles a read is open to. */
public class ReadNotAllowedException extends RuntimeException {

    public ReadNotAllowedException() {
        super("The reader's roles do not open this read");
    }
}
