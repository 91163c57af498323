package kg.mektep.birikme.api.recordfile;

/**
 * Where a document of the record file stands in a school year: present in time, present but made
 * late, missing although due, not yet due, or not applicable to this association in this year
 * (the past year's analysis of an association that did not work that year, monthly plans of an
 * association opened after the last month that needs one).
 */
public enum DocumentStatus {
    PRESENT,
    LATE,
    MISSING,
    NOT_YET_DUE,
    NOT_APPLICABLE
}
