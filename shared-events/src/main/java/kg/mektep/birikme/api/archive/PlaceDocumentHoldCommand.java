package kg.mektep.birikme.api.archive;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A hold on a document: while it stands, no disposal act may name the document. */
public record PlaceDocumentHoldCommand(@TargetAggregateIdentifier String archiveId, String schoolId, String documentId,
                                       String reason) implements SchoolScoped {
}
