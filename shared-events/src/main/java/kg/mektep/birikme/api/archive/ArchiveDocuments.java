package kg.mektep.birikme.api.archive;

/**
 * The identities of retained documents (R12, clause 5.9), each following from what the document
 * belongs to. A document is known to the archive by four facts: its id, its {@link DocumentKind},
 * its association and the school year in which it was closed ({@link RetainedDocument}); a document
 * of any other origin joins the archive by the same four.
 */
public final class ArchiveDocuments {

    private ArchiveDocuments() {
    }

    /** The protocol book of an association for one school year: closed when that year ends or is analysed. */
    public static String protocolsOf(String associationId, int schoolYear) {
        return "protocols:" + associationId + ":" + schoolYear;
    }

    /** An annual work plan, monthly plans included: closed with the school year it plans. */
    public static String annualPlan(String planId) {
        return "annual-plan:" + planId;
    }

    /** The deputy's analysis of an association's school year, recorded at its last meeting. */
    public static String yearAnalysisOf(String associationId, int schoolYear) {
        return "year-analysis:" + associationId + ":" + schoolYear;
    }

    /** Each school keeps one archive: its acts of transfer and disposal and its holds. */
    public static String archiveOf(String schoolId) {
        return "archive:" + schoolId;
    }
}
