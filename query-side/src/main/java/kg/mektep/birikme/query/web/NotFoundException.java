package kg.mektep.birikme.query.web;

/** An id the read models do not know, or one of a school the reader may not see: the two look alike. */
public class NotFoundException extends RuntimeException {

    private final String id;

    public NotFoundException(String id) {
        super("Not found: " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
