package kg.mektep.birikme.api.meeting;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R9: a recorded protocol is never edited; a later correction says what changed and why. */
public record CorrectProtocolCommand(@TargetAggregateIdentifier String bookId, String schoolId, int number, String field, String correction, String reason) implements SchoolScoped {
}
