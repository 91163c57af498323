package kg.mektep.birikme.api.archive;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lifts the hold on a document, saying why. */
public record LiftDocumentHoldCommand(@TargetAggregateIdentifier String archiveId, String schoolId, String documentId,
                                      String reason) implements SchoolScoped {
}
