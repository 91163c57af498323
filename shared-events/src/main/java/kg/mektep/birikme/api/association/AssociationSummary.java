package kg.mektep.birikme.api.association;

import java.util.List;

public record AssociationSummary(String associationId,
                                 String schoolId,
                                 String name,
                                 AssociationKind kind,
                                 List<String> educationalAreas,
                                 List<String> subjects,
                                 String status,
                                 String chairId,
                                 String chairName,
                                 boolean chairConfirmed,
                                 int memberCount) {
}
