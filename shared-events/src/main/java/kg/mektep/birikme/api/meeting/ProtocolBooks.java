package kg.mektep.birikme.api.meeting;

/** An association keeps one protocol book a school year; its id follows from both. */
public final class ProtocolBooks {

    private ProtocolBooks() {
    }

    public static String idOf(String associationId, int schoolYear) {
        return "protocols-" + schoolYear + "-" + associationId;
    }
}
