package kg.mektep.birikme.api.control;

/** R18 (clause 9): what the deputies' internal control of an association covers. */
public enum ControlTopic {
    SUBJECT_WEEKS,
    MENTORS_HELP_TO_YOUNG_TEACHERS,
    PUPILS_SELF_GOVERNMENT,
    CLASS_JOURNALS,
    CARE_OF_TEXTBOOKS,
    SCHOOL_OLYMPIADS,
    WORK_WITH_GIFTED_PUPILS
}
