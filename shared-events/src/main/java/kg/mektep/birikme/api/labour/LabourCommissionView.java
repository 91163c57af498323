package kg.mektep.birikme.api.labour;

import java.time.Instant;
import java.util.List;
import kg.mektep.birikme.api.common.DocumentRef;

/** The commission as last formed: its members with their names, its head and the protocol that formed it. */
public record LabourCommissionView(String associationId, String headId, String headName, List<CommissionMember> members,
                                   DocumentRef protocol, Instant formedAt) {

    public record CommissionMember(String teacherId, String fullName) {
    }
}
