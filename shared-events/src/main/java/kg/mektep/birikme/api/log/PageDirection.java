package kg.mektep.birikme.api.log;

/** From a cursor towards later events (FORWARD) or towards earlier ones (BACKWARD). */
public enum PageDirection {
    FORWARD,
    BACKWARD
}
