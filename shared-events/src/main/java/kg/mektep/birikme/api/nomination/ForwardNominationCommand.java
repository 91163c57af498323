package kg.mektep.birikme.api.nomination;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The chair, or a deputy director to whom the association reports (clause 1.7), passes a proposal to the school's administration. */
public record ForwardNominationCommand(@TargetAggregateIdentifier String nominationId, String schoolId)
        implements SchoolScoped {
}
