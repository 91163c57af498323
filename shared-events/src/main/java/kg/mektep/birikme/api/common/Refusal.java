package kg.mektep.birikme.api.common;

/**
 * Every reason a command can be refused, with the regulation clause it rests on (blank where the
 * refusal is not a rule of the regulation) and the HTTP status it maps to. Codes are stable:
 * clients may rely on them, so a code is never renamed.
 */
public enum Refusal {
    // R1, clause 1.1: at least four member teachers, from the areas the association covers.
    TOO_FEW_MEMBERS("1.1", 422),
    REMOVAL_BELOW_MINIMUM("1.1", 409),
    MEMBER_NOT_ON_STAFF("1.1", 422),
    MEMBER_SUBJECT_NOT_COVERED("1.1", 422),
    DUPLICATE_MEMBER("1.1", 422),
    ALREADY_MEMBER("1.1", 409),
    NOT_A_MEMBER("1.1", 422),
    // R2, clauses 1.1, 1.3, 1.5: the kind, and for a subject-area association its areas and subjects.
    SUBJECTS_REQUIRED("1.3", 422),
    // R3, clauses 1.6, 6.1: a director's order on a deputy's proposal.
    ORDER_REQUIRED("1.6", 422),
    PROPOSAL_REQUIRED("1.6", 422),
    PROPOSAL_NOT_BY_DEPUTY("1.6", 422),
    PROPOSAL_AFTER_ORDER("1.6", 422),
    ORDER_DATE_IN_FUTURE("1.6", 422),
    DATED_BEFORE_OPENING("6.1", 422),
    // R4, clauses 1.2, 1.4: the councils' decisions behind the creation.
    PEDAGOGICAL_COUNCIL_DECISION_REQUIRED("1.4", 422),
    METHODOLOGICAL_COUNCIL_APPROVAL_REQUIRED("1.2", 422),
    COUNCIL_DECISION_AFTER_ORDER("1.4", 422),
    // R5, clauses 5.1, 6.2: the chair is elected from the members and confirmed by order.
    CHAIR_NOT_A_MEMBER("5.1", 422),
    NO_ELECTED_CHAIR("6.2", 409),
    CONFIRMED_NOT_ELECTED("6.2", 422),
    CHAIR_ALREADY_CONFIRMED("6.2", 409),
    CHAIR_ORDER_BEFORE_ELECTION("6.2", 422),
    CHAIR_ORDER_DATE_IN_FUTURE("6.2", 422),
    // R6, clauses 4.1, 5.2, 5.4, 6.7: one annual plan a year, approved by the deputy for teaching work.
    ANNUAL_PLAN_EXISTS("5.4", 409),
    THEME_REQUIRED("6.6", 422),
    ACTIVITY_INCOMPLETE("6.7", 422),
    ACTIVITY_OUTSIDE_SCHOOL_YEAR("6.7", 422),
    PLAN_UNDER_REVIEW("5.4", 409),
    NOTHING_TO_SUBMIT("5.4", 409),
    PLAN_NOT_SUBMITTED("5.4", 409),
    VERSION_NOT_SUBMITTED("5.4", 409),
    APPROVER_NOT_TEACHING_DEPUTY("5.4", 403),
    // R7, clause 6.8: monthly plans of the school year.
    MONTH_OUTSIDE_SCHOOL_YEAR("6.8", 422),
    MONTHLY_PLAN_NOT_DRAFTED("6.8", 409),
    MONTHLY_PLAN_ALREADY_CONFIRMED("6.8", 409),
    // R8, clauses 3.4, 5.3: individual plans approved by a resolution of a meeting.
    INDIVIDUAL_PLAN_EXISTS("3.4", 409),
    PROTOCOL_REFERENCE_REQUIRED("5.6", 422),
    VERSION_NOT_CURRENT("3.4", 409),
    PLAN_ALREADY_APPROVED("3.4", 409),
    RESOLUTION_NOT_FOR_PLAN("3.4", 422),
    PROTOCOL_BEFORE_VERSION("3.4", 422),
    // R9, clauses 4.2, 5.6, 6.11: protocols numbered without gaps, never edited, with quorum.
    PROTOCOL_OUTSIDE_SCHOOL_YEAR("5.6", 422),
    PROTOCOL_BEFORE_PREVIOUS("6.11", 422),
    ATTENDANCE_INCOMPLETE("5.6", 422),
    ATTENDEE_NOT_A_MEMBER("5.6", 422),
    ABSENCE_REASON_REQUIRED("5.6", 422),
    RESOLUTION_REQUIRED("5.6", 422),
    RESOLUTION_NOT_ADOPTED("5.6", 409),
    RESOLUTION_ALREADY_DONE("5.6", 409),
    PLAN_NOT_OF_ASSOCIATION("3.4", 422),
    PROTOCOL_NOT_RECORDED("5.6", 422),
    PROTOCOL_NOT_QUORATE("5.6", 422),
    PROTOCOL_DATE_IN_FUTURE("5.6", 422),
    // R14, clause 3.5: attestation material approved by the association.
    ALREADY_APPROVED("3.5", 409),
    PROTOCOL_BEFORE_MATERIAL("3.5", 422),
    // R17, clauses 3.17, 8.6: young teachers and their mentors.
    MENTEE_NOT_YOUNG("3.17", 422),
    MENTOR_IS_MENTEE("3.17", 422),
    SESSION_DATE_IN_FUTURE("3.17", 422),
    SESSION_BEFORE_MENTORSHIP("3.17", 422),
    NOT_THE_MENTOR("3.17", 403),
    // R18, clause 9: internal control.
    FOLLOW_UP_BEFORE_VISIT("9", 422),
    VISIT_DATE_IN_FUTURE("9", 422),
    // R11, clauses 5.8, 6.5: the deputy's analysis at the last meeting of the year closes the year.
    ANALYSIS_NOT_AT_LAST_MEETING("5.8", 422),
    ANALYSIS_BEFORE_YEAR_END("5.8", 422),
    YEAR_ALREADY_ANALYSED("5.8", 409),
    // Who may act (DOMAIN.md, "People and bodies").
    ROLE_NOT_ALLOWED("", 403),
    NOT_BY_MEMBER("5.1", 403),
    NOT_THE_CHAIR("5.6", 403),
    NOT_OWN_PLAN("3.4", 403),
    // Sign-in and user accounts.
    NOT_AUTHENTICATED("", 401),
    INVALID_CREDENTIALS("", 401),
    ACCOUNT_LOCKED("", 401),
    USERNAME_TAKEN("", 409),
    LAST_ADMINISTRATOR("", 409),
    PASSWORD_TOO_SHORT("", 422),
    PASSWORD_TOO_LONG("", 422),
    CHAIR_IS_DERIVED("5.1", 422),
    SCHOOL_REQUIRED("", 422),
    INSPECTED_SCHOOLS_REQUIRED("", 422),
    TEACHER_LINK_REQUIRED("", 422),
    // Implied by clause 1.6: a dissolved association takes no further commands.
    ASSOCIATION_DISSOLVED("1.6", 409),
    // Not rules of the regulation: identity and input.
    SCHOOL_NOT_FOUND("", 404),
    /** An unknown id, or the id of something that belongs to another school: the two look alike. */
    NOT_FOUND("", 404),
    INVALID_TIME_ZONE("", 400),
    HIRE_DATE_IN_FUTURE("", 422),
    FIELD_REQUIRED("", 400),
    FIELD_TOO_LONG("", 400),
    // R15, clause 4.5: the commission that sets each member's labour participation coefficient.
    COMMISSION_TOO_SMALL("4.5", 422),
    COMMISSION_MEMBER_NOT_IN_ASSOCIATION("4.5", 422),
    COMMISSION_HEAD_NOT_IN_COMMISSION("4.5", 422),
    COMMISSION_NOT_FORMED("4.5", 409),
    NOT_IN_COMMISSION("4.5", 403),
    PERIOD_OUT_OF_ORDER("4.5", 422),
    PERIOD_ACROSS_SCHOOL_YEARS("4.5", 422),
    COEFFICIENT_OUT_OF_RANGE("4.5", 422),
    // R16, clauses 7.1-7.8: the association's nominations and proposals, forwarded and decided.
    TEACHING_PROPOSAL_NAMES_NO_TEACHER("7.2", 422),
    NOMINATION_ALREADY_FORWARDED("7", 409),
    NOMINATION_NOT_FORWARDED("7", 409),
    NOMINATION_ALREADY_DECIDED("7", 409),
    // R10, R19 (clauses 3.7, 3.9, 3.14, 3.18, 5.7): the year's activities of an association.
    NOT_OWN_LESSON("3.9", 403),
    OBSERVER_NOT_ON_STAFF("3.9", 422),
    ANALYSIS_BEFORE_LESSON("3.9", 422),
    LESSON_ALREADY_ANALYSED("3.9", 409),
    NOT_OWN_VISIT("3.7", 403),
    VISIT_TO_ONESELF("3.7", 422),
    EVENT_DAYS_OUT_OF_ORDER("3.14", 422),
    RESULTS_BEFORE_END("3.14", 422),
    MORE_WINNERS_THAN_PARTICIPANTS("3.14", 422),
    RESULTS_ALREADY_RECORDED("3.14", 409),
    ACTIVITY_DATE_IN_FUTURE("5.7", 422),
    REPORT_MEETING_NOT_RECORDED("3.18", 422),
    LINKED_ACTIVITY_NOT_FOUND("5.7", 422),
    // R5, clause 5.1: an election citing a protocol cites the protocol of the meeting that elected.
    ELECTION_NOT_AT_THAT_MEETING("5.1", 422),
    ELECTION_DATE_IN_FUTURE("5.1", 422),
    ELECTION_BEFORE_LATEST("5.1", 422),
    // R12, clause 5.9: three years at school, then ten in the archive; archived documents are read-only.
    TOO_EARLY("5.9", 422),
    ALREADY_IN_ARCHIVE("5.9", 409),
    ALREADY_DISPOSED("5.9", 409),
    NOT_IN_ARCHIVE("5.9", 409),
    ARCHIVE_TERM_NOT_PASSED("5.9", 422),
    UNDER_HOLD("5.9", 409),
    ALREADY_UNDER_HOLD("5.9", 409),
    NOT_UNDER_HOLD("5.9", 409),
    DOCUMENT_IN_ARCHIVE("5.9", 409),
    ACT_DATE_IN_FUTURE("5.9", 422),
    DOCUMENT_LISTED_TWICE("5.9", 422),
    // R13, clause 6: documents of the record file kept outside the system, and the files attached to them.
    DOCUMENT_KIND_NOT_REGISTRABLE("6", 422),
    FILE_TOO_LARGE("", 413),
    FILE_TYPE_NOT_ALLOWED("", 415),
    FILE_TYPE_MISMATCH("", 415);

    private final String clause;
    private final int status;

    Refusal(String clause, int status) {
        this.clause = clause;
        this.status = status;
    }

    public String clause() {
        return clause;
    }

    public int status() {
        return status;
    }
}
