package kg.mektep.birikme.api.labour;

/** An association has one commission for labour participation coefficients (clause 4.5); its id follows from the association. */
public final class LabourCommissions {

    private LabourCommissions() {
    }

    public static String idOf(String associationId) {
        return "labour-commission-" + associationId;
    }
}
