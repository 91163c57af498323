package kg.mektep.birikme.api.meeting;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks resolution {@code resolution} (from 1) of protocol {@code number} done. */
public record CompleteResolutionCommand(@TargetAggregateIdentifier String bookId, String schoolId, int number, int resolution) implements SchoolScoped {
}
