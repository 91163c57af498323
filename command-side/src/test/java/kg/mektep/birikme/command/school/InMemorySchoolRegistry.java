package kg.mektep.birikme.command.school;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;

/**
 * The {@link SchoolRegistry} port kept in memory for unit tests. Like the JDBC registry it is fed
 * with the events that register schools and teachers.
 */
public class InMemorySchoolRegistry implements SchoolRegistry {

    private final Map<String, String> timeZoneBySchool = new HashMap<>();
    private final Map<String, StaffMember> teachers = new HashMap<>();

    public InMemorySchoolRegistry on(SchoolRegisteredEvent event) {
        timeZoneBySchool.putIfAbsent(event.schoolId(), event.timeZone());
        return this;
    }

    public InMemorySchoolRegistry on(TeacherRegisteredEvent event) {
        teachers.putIfAbsent(event.teacherId(),
                new StaffMember(event.teacherId(), event.schoolId(), List.copyOf(event.subjects()), event.hireDate()));
        return this;
    }

    @Override
    public boolean schoolExists(String schoolId) {
        return timeZoneBySchool.containsKey(schoolId);
    }

    @Override
    public Optional<StaffMember> teacher(String teacherId) {
        return Optional.ofNullable(teachers.get(teacherId));
    }
}
