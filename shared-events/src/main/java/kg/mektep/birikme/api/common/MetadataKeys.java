package kg.mektep.birikme.api.common;

/** The keys of the metadata every command and event carries. */
public final class MetadataKeys {
    public static final String SCHOOL_ID = "schoolId";
    public static final String ACTOR_ID = "actorId";
    /** The actor's roles, comma-separated (a deputy may also teach). */
    public static final String ACTOR_ROLE = "actorRole";
    /** The school the acting user belongs to. */
    public static final String ACTOR_SCHOOL_ID = "actorSchoolId";
    /** The teacher of the staff registry the acting user is, when the user is a teacher. */
    public static final String ACTOR_TEACHER_ID = "actorTeacherId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private MetadataKeys() {
    }
}
