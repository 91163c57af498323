package kg.mektep.birikme.api.meeting;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R9: the chair records a meeting's protocol; the book numbers it, the next after the last of the year. */
public record RecordProtocolCommand(@TargetAggregateIdentifier String bookId, String schoolId, String associationId, int schoolYear, ProtocolContent content) implements SchoolScoped {
}
