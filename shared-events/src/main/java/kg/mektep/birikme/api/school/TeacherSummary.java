package kg.mektep.birikme.api.school;

import java.time.LocalDate;
import java.util.List;

public record TeacherSummary(String teacherId,
                             String schoolId,
                             String fullName,
                             List<String> subjects,
                             LocalDate hireDate,
                             boolean youngTeacher) {
}
