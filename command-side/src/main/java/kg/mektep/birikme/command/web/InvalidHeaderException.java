package kg.mektep.birikme.command.web;

class InvalidHeaderException extends RuntimeException {

    private final String header;
    private final String value;

    InvalidHeaderException(String header, String value) {
        super(header + ": " + value);
        this.header = header;
        this.value = value;
    }

    String header() {
        return header;
    }

    String value() {
        return value;
    }
}
