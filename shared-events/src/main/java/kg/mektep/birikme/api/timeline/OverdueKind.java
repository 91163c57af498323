package kg.mektep.birikme.api.timeline;

/** What can fall overdue in an association's year, with the clause it rests on. */
public enum OverdueKind {
    /** Clause 5.6: an adopted resolution past its deadline and not marked done. */
    RESOLUTION_OVERDUE,
    /** R6, clause 5.4: no annual work plan approved after the approval deadline. */
    ANNUAL_PLAN_NOT_APPROVED,
    /** R18, clause 9: a control visit's follow-up date passed with no later visit on the same topic. */
    CONTROL_FOLLOW_UP_OVERDUE,
    /** R19, clause 3.9: an open lesson held without its analysis recorded. */
    OPEN_LESSON_ANALYSIS_MISSING,
    /** R19, clause 3.14: a subject week, olympiad or contest over without its results recorded. */
    SUBJECT_EVENT_RESULTS_MISSING,
    /** R11, clause 5.8: the school year ended without the deputy's analysis of it. */
    YEAR_ANALYSIS_MISSING,
    /** R12, clause 5.9: a document past its three years at school, not yet handed to the archive by an act. */
    DOCUMENT_TRANSFER_DUE,
    /** R12, clause 5.9: a document past its ten years in the archive, not yet reviewed for disposal. */
    DOCUMENT_DISPOSAL_DUE
}
