package kg.mektep.birikme.api.activity;

/** An association keeps one book of its activities a school year; its id follows from both. */
public final class ActivityBooks {

    private ActivityBooks() {
    }

    public static String idOf(String associationId, int schoolYear) {
        return "activities-" + schoolYear + "-" + associationId;
    }
}
