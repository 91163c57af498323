package kg.mektep.birikme.api.association;

/** R2 (clauses 1.1, 1.3): what an association unites. */
public enum AssociationKind {
    /** Teachers of one or more subject areas; names its areas and subjects. */
    SUBJECT_AREA,
    /** Class teachers (класс жетекчилер). */
    CLASS_TEACHERS,
    /** Educators (тарбиячылар). */
    EDUCATORS;

    public boolean coversSubjects() {
        return this == SUBJECT_AREA;
    }
}
