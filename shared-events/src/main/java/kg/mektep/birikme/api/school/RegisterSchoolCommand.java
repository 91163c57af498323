package kg.mektep.birikme.api.school;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterSchoolCommand(@TargetAggregateIdentifier String schoolId,
                                    String name,
                                    String district,
                                    String timeZone) {
}
