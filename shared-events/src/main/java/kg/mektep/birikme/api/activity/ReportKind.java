package kg.mektep.birikme.api.activity;

/** Clause 3.18: what a teacher reports on to the association. */
public enum ReportKind {
    SELF_EDUCATION,
    COURSES,
    CREATIVE_TRIP;

    public ActivityType type() {
        return ActivityType.valueOf(name() + "_REPORT");
    }
}
