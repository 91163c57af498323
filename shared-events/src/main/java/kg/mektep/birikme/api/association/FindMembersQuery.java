package kg.mektep.birikme.api.association;

/** The member list of one association of a school, answered with an optional {@link MemberList}. */
public record FindMembersQuery(String schoolId, String associationId) {
}
