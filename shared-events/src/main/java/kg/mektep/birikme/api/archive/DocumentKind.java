package kg.mektep.birikme.api.archive;

/**
 * The kinds of document whose retention the archive follows (R12, clause 5.9): the protocols of an
 * association's meetings in a school year (6.11), its annual work plan with the monthly plans (6.7,
 * 6.8) and the deputy's analysis of its year (6.5). Clause 5.9 sends all three to the archive.
 */
public enum DocumentKind {
    PROTOCOLS,
    ANNUAL_PLAN,
    YEAR_ANALYSIS
}
