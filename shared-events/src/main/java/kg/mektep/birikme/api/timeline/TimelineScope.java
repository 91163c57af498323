package kg.mektep.birikme.api.timeline;

/** Whose timeline: the whole school, one association, or one teacher (as actor and as subject). */
public enum TimelineScope {
    SCHOOL,
    ASSOCIATION,
    TEACHER
}
