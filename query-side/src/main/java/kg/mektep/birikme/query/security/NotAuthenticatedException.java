package kg.mektep.birikme.query.security;

/** A read without a valid session. */
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException() {
        super("Sign-in required");
    }
}
