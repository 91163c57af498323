package kg.mektep.birikme.api.school;

import kg.mektep.birikme.api.common.SchoolScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterSchoolCommand(@TargetAggregateIdentifier String schoolId,
                                    String name,
                                    String district,
                                    String timeZone) implements SchoolScoped {
}
