package kg.mektep.birikme.api.nomination;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The director or a deputy decides a forwarded proposal: granted or declined, with a note. */
public record DecideNominationCommand(@TargetAggregateIdentifier String nominationId, String schoolId,
                                      NominationOutcome outcome, String note) implements SchoolScoped {
}
