package kg.mektep.birikme.query.consistency;

/** The read models did not reach the asked position within the wait; the client may retry. */
public class ReadModelBehindException extends RuntimeException {

    private final long position;

    public ReadModelBehindException(long position) {
        super("Read models have not yet reached position " + position);
        this.position = position;
    }

    public long position() {
        return position;
    }
}
