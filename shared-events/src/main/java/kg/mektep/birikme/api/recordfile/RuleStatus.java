package kg.mektep.birikme.api.recordfile;

/** Whether a rule of the regulation holds for an association in a school year, as far as the record shows. */
public enum RuleStatus {
    MET,
    NOT_MET,
    NOT_YET_DUE
}
