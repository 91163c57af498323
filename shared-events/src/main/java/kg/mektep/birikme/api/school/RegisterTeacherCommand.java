package kg.mektep.birikme.api.school;

import kg.mektep.birikme.api.common.SchoolScoped;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterTeacherCommand(@TargetAggregateIdentifier String teacherId,
                                     String schoolId,
                                     String fullName,
                                     List<String> subjects,
                                     LocalDate hireDate) implements SchoolScoped {
}
