package kg.mektep.birikme.api.activity;

/** Clause 3.14: what the association organises at school in its subjects. */
public enum SubjectEventKind {
    SUBJECT_WEEK,
    /** The first (school) stage of a subject olympiad. */
    SCHOOL_OLYMPIAD,
    CONTEST;

    public ActivityType type() {
        return ActivityType.valueOf(name());
    }
}
