package kg.mektep.birikme.api.activity;

/** The kinds of activity in an association's year (R10, R19), as its activity log counts them. */
public enum ActivityType {
    /** Clauses 5.5, 5.7. */
    SEMINAR,
    /** Clause 3.9. */
    OPEN_LESSON,
    /** Clause 3.7. */
    LESSON_VISIT,
    /** Clause 3.14. */
    SUBJECT_WEEK,
    SCHOOL_OLYMPIAD,
    CONTEST,
    /** Clause 3.18. */
    SELF_EDUCATION_REPORT,
    COURSES_REPORT,
    CREATIVE_TRIP_REPORT,
    /** Clause 3.15. */
    EXTRACURRICULAR_EVENT
}
