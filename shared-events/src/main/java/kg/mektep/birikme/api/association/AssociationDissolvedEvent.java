package kg.mektep.birikme.api.association;

import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Proposal;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AssociationDissolvedEvent(String associationId, String schoolId, DocumentRef order, Proposal proposal) {
}
