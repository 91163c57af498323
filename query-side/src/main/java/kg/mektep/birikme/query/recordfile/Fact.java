package kg.mektep.birikme.query.recordfile;

/** What an event of the record shows about an association: the facts its record file and compliance rest on. */
public enum Fact {
    OPENED,
    REORGANISED,
    DISSOLVED,
    MEMBER_JOINED,
    MEMBER_LEFT,
    CHAIR_ELECTED,
    CHAIR_CONFIRMED,
    CHAIR_VACATED,
    PLAN_DRAFTED,
    PLAN_APPROVED,
    MONTH_DRAFTED,
    MONTH_CONFIRMED,
    PROTOCOL,
    YEAR_ANALYSIS,
    CONTROL_VISIT,
    SEMINAR,
    OPEN_LESSON,
    EXTRACURRICULAR_EVENT,
    MENTOR_ASSIGNED,
    DOCUMENT_REGISTERED
}
