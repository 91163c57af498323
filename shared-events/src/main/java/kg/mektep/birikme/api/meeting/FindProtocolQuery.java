package kg.mektep.birikme.api.meeting;

/** One protocol of an association's register, by its number in the school year; answered with an optional {@link ProtocolView}. */
public record FindProtocolQuery(String schoolId, String associationId, int schoolYear, int number) {
}
