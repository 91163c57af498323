package kg.mektep.birikme.api.school;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record TeacherRegisteredEvent(String teacherId,
                                     String schoolId,
                                     String fullName,
                                     List<String> subjects,
                                     LocalDate hireDate) {
}
