package kg.mektep.birikme.query.log;

/** A parameter of a log read that cannot be understood: answered as a bad request naming it. */
class InvalidLogFilterException extends RuntimeException {

    private final String parameter;
    private final String value;

    InvalidLogFilterException(String parameter, String value) {
        super("Invalid " + parameter + ": " + value);
        this.parameter = parameter;
        this.value = value;
    }

    String parameter() {
        return parameter;
    }

    String value() {
        return value;
    }
}
