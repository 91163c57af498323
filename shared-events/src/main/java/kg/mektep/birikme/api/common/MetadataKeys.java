package kg.mektep.birikme.api.common;

/** The keys of the metadata every command and event carries. */
public final class MetadataKeys {
    public static final String SCHOOL_ID = "schoolId";
    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private MetadataKeys() {
    }
}
