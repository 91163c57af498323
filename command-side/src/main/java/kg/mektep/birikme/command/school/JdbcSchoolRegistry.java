package kg.mektep.birikme.command.school;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import kg.mektep.birikme.command.axon.RegistryGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's table, written by a subscribing processor inside the transaction that appends the
 * event, so a rule never sees a school or teacher whose event was not stored, nor misses one that was.
 */
@Component
@ProcessingGroup(RegistryGroup.NAME)
class JdbcSchoolRegistry implements SchoolRegistry {

    private final JdbcClient jdbc;

    JdbcSchoolRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean schoolExists(String schoolId) {
        return jdbc.sql("SELECT count(*) FROM registry_school WHERE school_id = ?")
                .param(schoolId).query(Integer.class).single() > 0;
    }

    @Override
    public Optional<StaffMember> teacher(String teacherId) {
        return jdbc.sql("SELECT teacher_id, school_id, subjects, hire_date FROM registry_teacher WHERE teacher_id = ?")
                .param(teacherId)
                .query((rs, n) -> new StaffMember(rs.getString(1), rs.getString(2),
                        Arrays.asList((String[]) rs.getArray(3).getArray()), rs.getObject(4, LocalDate.class)))
                .optional();
    }

    @EventHandler
    void on(SchoolRegisteredEvent event) {
        jdbc.sql("INSERT INTO registry_school (school_id, time_zone) VALUES (?, ?) ON CONFLICT (school_id) DO NOTHING")
                .params(event.schoolId(), event.timeZone()).update();
    }

    @EventHandler
    void on(TeacherRegisteredEvent event) {
        jdbc.sql("""
                INSERT INTO registry_teacher (teacher_id, school_id, subjects, hire_date) VALUES (?, ?, ?, ?)
                ON CONFLICT (teacher_id) DO NOTHING""")
                .params(event.teacherId(), event.schoolId(), event.subjects().toArray(String[]::new), event.hireDate())
                .update();
    }
}
