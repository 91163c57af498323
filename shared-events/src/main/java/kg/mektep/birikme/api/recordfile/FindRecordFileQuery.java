package kg.mektep.birikme.api.recordfile;

/** The record file of an association for a school year, answered with an optional {@link RecordFile}. */
public record FindRecordFileQuery(String schoolId, String associationId, int schoolYear) {
}
