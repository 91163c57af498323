package kg.mektep.birikme.api.recordfile;

/**
 * R13 (clause 6): the eleven kinds of documents of an association's record file, each with its
 * clause. Two are kept outside the system and registered as documents (the regulation, the
 * teachers' job duties); the others are present when the system's own events record them.
 */
public enum RecordFileKind {
    OPENING_ORDER("6.1", false),
    CHAIR_ORDER("6.2", false),
    REGULATION("6.3", true),
    JOB_DUTIES("6.4", true),
    PAST_YEAR_ANALYSIS("6.5", false),
    METHODOLOGICAL_THEME("6.6", false),
    ANNUAL_PLAN("6.7", false),
    MONTHLY_PLANS("6.8", false),
    TEACHERS_INFORMATION("6.9", false),
    INTERNAL_CONTROL("6.10", false),
    PROTOCOLS("6.11", false);

    private final String clause;
    private final boolean keptOutside;

    RecordFileKind(String clause, boolean keptOutside) {
        this.clause = clause;
        this.keptOutside = keptOutside;
    }

    public String clause() {
        return clause;
    }

    /** Kept outside the system: registered with title, date, reference and optionally its file. */
    public boolean keptOutside() {
        return keptOutside;
    }
}
