package kg.mektep.birikme.api.meeting;

/** The protocol register of an association for a school year, answered with a list of {@link ProtocolView}. */
public record FindProtocolsQuery(String schoolId, String associationId, int schoolYear) {
}
