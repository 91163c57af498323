package kg.mektep.birikme.api.plan;

/** What an annual plan schedules (clauses 4.1, 5.7, 6.7, 3.9, 3.14, 3.15). */
public enum ActivityKind {
    MEETING,
    SEMINAR,
    OPEN_LESSON,
    EXTRACURRICULAR_EVENT,
    SUBJECT_WEEK,
    OLYMPIAD_STAGE
}
