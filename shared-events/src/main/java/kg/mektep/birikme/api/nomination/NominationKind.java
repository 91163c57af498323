package kg.mektep.birikme.api.nomination;

/** R16: what the association may put forward to the school's administration (clauses 7.1–7.8). */
public enum NominationKind {
    /** Clause 7.8: the «Жыл мугалими» contest, at any level. */
    TEACHER_OF_THE_YEAR("7.8", true),
    /** Clause 7.8: the «Мыкты класс жетекчи» contest, at any level. */
    BEST_CLASS_TEACHER("7.8", true),
    /** Clause 7.4: an award for teachers active in the association's experimental work. */
    AWARD("7.4", true),
    /** Clauses 7.1, 7.5: raising a teacher's professional level. */
    PROFESSIONAL_DEVELOPMENT("7.1", true),
    /** Clause 7.7: a teacher's attestation. */
    ATTESTATION("7.7", true),
    /** Clause 7.3: publishing the teaching experience gathered in the association. */
    PUBLICATION_OF_EXPERIENCE("7.3", true),
    /** Clause 7.2: a proposal on improving the school's teaching; it names no teacher. */
    TEACHING_IMPROVEMENT("7.2", false);

    private final String clause;
    private final boolean namesTeacher;

    NominationKind(String clause, boolean namesTeacher) {
        this.clause = clause;
        this.namesTeacher = namesTeacher;
    }

    public String clause() {
        return clause;
    }

    /** Whether the proposal puts forward one of the association's teachers. */
    public boolean namesTeacher() {
        return namesTeacher;
    }
}
