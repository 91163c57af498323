package kg.mektep.birikme.api.association;

import java.util.List;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AssociationReorganisedEvent(String associationId,
                                          String schoolId,
                                          String name,
                                          AssociationKind kind,
                                          List<String> educationalAreas,
                                          List<String> subjects,
                                          List<String> joinedMemberIds,
                                          List<String> leftMemberIds,
                                          DocumentRef order,
                                          Proposal proposal) {
}
