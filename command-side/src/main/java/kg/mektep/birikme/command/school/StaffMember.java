package kg.mektep.birikme.command.school;

import java.time.LocalDate;
import java.util.List;

public record StaffMember(String teacherId, String schoolId, List<String> subjects, LocalDate hireDate) {
}
